using Bridge.Worker.Escalation.Engine;
using Bridge.Worker.Escalation.Incidents;

namespace Bridge.Worker.Escalation.Timers;

/// <summary>
/// The alarm clock: one <see cref="ITimer"/> from the bridge's <see cref="TimeProvider"/>, set for the earliest
/// <see cref="Incident.NextDueAt"/> it has been told of; when it rings, the engine runs every incident due in
/// storage. Storage stays the truth: the alarm only says when to look, and the sweeper looks anyway.
/// </summary>
/// <remarks>
/// Not one Quartz trigger per incident: under a clock that jumps (the demo's, the tests'), Quartz 4.7.3 with a
/// one-shot trigger left in the past spun and grew the test host to 24 GB until the kernel killed it. One timer
/// needs no store of its own, is exact on any <see cref="TimeProvider"/>, and holds 10,000 incidents as a sorted set.
/// </remarks>
internal sealed class EscalationAlarm : IEscalationTimers, IDisposable
{
    private readonly TimeProvider _time;
    private readonly Func<EscalationEngine> _engine;
    private readonly ILogger<EscalationAlarm> _logger;
    private readonly Lock _gate = new();
    private readonly SortedSet<(DateTimeOffset Due, int Incident)> _due = [];
    private readonly Dictionary<int, DateTimeOffset> _byIncident = [];
    private readonly SemaphoreSlim _running = new(1, 1);
    private readonly ITimer _timer;
    private readonly Func<Storage.Leases.EngineLease?> _lease;
    private DateTimeOffset? _armedFor;
    private int _ringAgain;
    private int _ringing;

    public EscalationAlarm(TimeProvider time, IServiceProvider services, ILogger<EscalationAlarm> logger)
    {
        _time = time;
        _logger = logger;
        // The engine sets the alarm, and the alarm runs the engine: resolved when it first rings.
        _engine = () => services.GetRequiredService<EscalationEngine>();
        _lease = () => services.GetService<Storage.Leases.EngineLease>();
        _timer = time.CreateTimer(_ => Ring(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>True from the moment the alarm rings until the engine run it started has ended.</summary>
    public bool Ringing => Volatile.Read(ref _ringing) > 0;

    /// <summary>The earliest instant the alarm is set for (null: nothing due).</summary>
    public DateTimeOffset? Next
    {
        get
        {
            lock (_gate)
            {
                return _due.Count == 0 ? null : _due.Min.Due;
            }
        }
    }

    public Task SetAsync(Incident incident, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_byIncident.Remove(incident.Id, out var previous))
            {
                _due.Remove((previous, incident.Id));
            }

            if (incident.NextDueAt is { } due)
            {
                _byIncident[incident.Id] = due;
                _due.Add((due, incident.Id));
            }

            Arm();
        }

        return Task.CompletedTask;
    }

    private void Arm()
    {
        var next = _due.Count == 0 ? (DateTimeOffset?)null : _due.Min.Due;
        if (next == _armedFor)
        {
            return;
        }

        _armedFor = next;
        var wait = next is { } at ? at - _time.GetUtcNow() : Timeout.InfiniteTimeSpan;
        _timer.Change(next is null ? Timeout.InfiniteTimeSpan : wait < TimeSpan.Zero ? TimeSpan.Zero : wait, Timeout.InfiniteTimeSpan);
    }

    private void Ring()
    {
        lock (_gate)
        {
            _armedFor = null;
        }

        // A timer callback must not block (a test clock calls it inside Advance): the work runs on the pool.
        Interlocked.Increment(ref _ringing);
        _ = Task.Run(async () =>
        {
            try
            {
                // With several instances, only the lease holder runs the engine, as a module (its writes fenced);
                // a standby's alarm (set by an acknowledgement it served) leaves the due work to the holder's sweep.
                if (_lease() is { } lease)
                {
                    if (!lease.IsHeld)
                    {
                        return;
                    }

                    lease.EnterModule();
                }

                await RunAsync();
            }
            finally
            {
                Interlocked.Decrement(ref _ringing);
            }
        });
    }

    private async Task RunAsync()
    {
        if (!await _running.WaitAsync(0))
        {
            Interlocked.Exchange(ref _ringAgain, 1);
            return;
        }

        try
        {
            do
            {
                Interlocked.Exchange(ref _ringAgain, 0);
                var now = _time.GetUtcNow();
                lock (_gate)
                {
                    // What is due now will be set again by the engine as it runs those incidents.
                    while (_due.Count > 0 && _due.Min.Due <= now)
                    {
                        var (_, incident) = _due.Min;
                        _due.Remove(_due.Min);
                        _byIncident.Remove(incident);
                    }
                }

                await _engine().RunDueAsync(CancellationToken.None);
            }
            while (Interlocked.Exchange(ref _ringAgain, 0) == 1);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            EscalationLog.AlarmFailed(_logger, ex);
        }
        finally
        {
            _running.Release();
            lock (_gate)
            {
                Arm();
            }
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        _running.Dispose();
    }
}
