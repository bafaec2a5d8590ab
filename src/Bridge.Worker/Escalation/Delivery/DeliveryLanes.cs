using System.Text.Json;
using Bridge.Connectors.Notifications;
using Bridge.Worker.Engine;
using Bridge.Worker.Escalation.Engine;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Kernel;
using Bridge.Worker.Storage;
using Bridge.Worker.Telemetry;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Escalation.Delivery;

/// <summary>
/// The delivery stage: one lane per channel, each working its own pages oldest first, so an email server that never
/// answers holds up only the pages waiting on email. A page tries the person's methods in order: a failed method
/// moves the page to the next method's lane at once. When every page of a step send has ended, the step is marked
/// complete on the incident (who was reached) under the ticket's lock. A page whose incident was acknowledged or
/// closed while it waited is not sent. Sending that throws (storage trouble; channels report failures as results)
/// is retried and parked after <see cref="EngineOptions.MaxAttempts"/>.
/// </summary>
internal sealed class DeliveryLanes : BackgroundService, IBacklog, IRetriesParked
{
    private const int BatchSize = 50;
    private const string OtherLane = "*";
    private readonly PageQueue _queue;
    private readonly NotificationDispatcher _dispatcher;
    private readonly IncidentStore _incidents;
    private readonly IncidentTimeline _timeline;
    private readonly TicketLocks _locks;
    private readonly BridgeDatabase _database;
    private readonly ParkedItemStore _parked;
    private readonly DeliveryLogRepository _log;
    private readonly BridgeMetrics _metrics;
    private readonly IOptionsMonitor<EngineOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DeliveryLanes> _logger;
    private readonly HashSet<string> _kinds;
    private readonly Dictionary<string, WorkSignal> _signals;
    private readonly IHostApplicationLifetime? _lifetime;
    private readonly LocalClock _clock;
    private readonly IEscalationTimers _timers;

    public DeliveryLanes(
        PageQueue queue,
        NotificationDispatcher dispatcher,
        IEnumerable<INotificationChannel> channels,
        IncidentStore incidents,
        IncidentTimeline timeline,
        TicketLocks locks,
        BridgeDatabase database,
        ParkedItemStore parked,
        LocalClock clock,
        IEscalationTimers timers,
        DeliveryLogRepository log,
        BridgeMetrics metrics,
        IOptionsMonitor<EngineOptions> options,
        TimeProvider time,
        ILogger<DeliveryLanes> logger,
        IHostApplicationLifetime? lifetime = null)
    {
        (_lifetime, _clock, _timers) = (lifetime, clock, timers);
        (_log, _metrics) = (log, metrics);
        (_queue, _dispatcher, _incidents, _timeline, _locks, _database, _parked, _options, _time, _logger) =
            (queue, dispatcher, incidents, timeline, locks, database, parked, options, time, logger);
        _kinds = channels.Select(c => c.Kind.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        _signals = _kinds.Append(OtherLane).ToDictionary(k => k, _ => new WorkSignal(), StringComparer.Ordinal);
    }

    public string Name => "delivery";

    public int CountBehind() => _queue.CountPending();

    /// <summary>Pages were queued (or moved) onto these channels' lanes: work them now.</summary>
    public void Wake(IEnumerable<string> kinds)
    {
        foreach (var kind in kinds)
        {
            _signals[_kinds.Contains(kind) ? kind : OtherLane].Notify();
        }
    }

    /// <summary>An admin's retry of a parked page: pending again on its method's lane, its attempts forgotten.</summary>
    public Task<string?> RetryAsync(long position, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_queue.Get(position) is not { State: PageRequestState.Parked } request)
        {
            return Task.FromResult<string?>($"page request {position} is not parked");
        }

        request.State = PageRequestState.Pending;
        (request.Attempts, request.LastError, request.RetryAt, request.FinishedAt) = (0, null, null, null);
        request.Lane = LaneOf(request.Methods[Math.Min(request.Next, request.Methods.Count - 1)].Kind);
        _queue.Update(request);
        Wake([request.Lane]);
        return Task.FromResult<string?>(null);
    }

    /// <summary>Tests and the demo: works every lane in turn until no page is pending or every one left waits for a retry.</summary>
    public async Task RunAllPendingAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var worked = 0;
            foreach (var lane in _signals.Keys)
            {
                worked += (await RunLaneAsync(lane, cancellationToken)).Worked;
            }

            if (worked == 0)
            {
                return;
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (await HostStarted.WaitAsync(_lifetime, stoppingToken))
        {
            await Task.WhenAll(_signals.Keys.Select(lane => LoopAsync(lane, stoppingToken)));
        }
    }

    private Task LoopAsync(string lane, CancellationToken stoppingToken) =>
        ModuleLoop.RunAsync($"delivery:{lane}", async ct => (await RunLaneAsync(lane, ct)).RetryAt, _signals[lane], _options, _time, _logger, stoppingToken);

    private async Task<(int Worked, DateTimeOffset? RetryAt)> RunLaneAsync(string lane, CancellationToken cancellationToken)
    {
        var worked = 0;
        DateTimeOffset? retryAt = null;
        while (true)
        {
            var pending = lane == OtherLane ? _queue.PendingOutside(_kinds, BatchSize) : _queue.Pending(lane, BatchSize);
            var due = pending.Where(r => r.RetryAt is null || r.RetryAt <= _time.GetUtcNow()).ToList();
            retryAt = pending.Where(r => r.RetryAt > _time.GetUtcNow()).Select(r => r.RetryAt).Min();
            if (due.Count == 0)
            {
                return (worked, retryAt);
            }

            foreach (var request in due)
            {
                await WorkAsync(request, cancellationToken);
                worked++;
            }
        }
    }

    private async Task WorkAsync(PageRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await SendNextAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await FailedAsync(request, ex, cancellationToken);
        }
    }

    private async Task SendNextAsync(PageRequest request, CancellationToken cancellationToken)
    {
        var incident = request.IsNotice ? null : _incidents.Get(request.IncidentId);
        if (!request.IsNotice && incident is not { State: IncidentState.Triggered })
        {
            await FinishAsync(request, PageRequestState.Cancelled, null, cancellationToken);
            return;
        }

        var page = JsonSerializer.Deserialize<Notification>(request.Page, DeliveryJson.Options)!;
        var recipient = new Recipient(request.PersonId, request.PersonName, request.Methods.Select(m => new ContactMethod(m.Kind, m.Address)).ToList());
        var attempt = await _dispatcher.AttemptAsync(page, recipient, recipient.Methods[request.Next], cancellationToken);
        // The attempt's line goes into the page's next write (its end, or its move to the next method).
        var line = incident is not null && attempt.Record is { } record && attempt.Outcome != MethodOutcome.AlreadyReached ? StepSender.AttemptLine(incident, request, record) : null;
        if (attempt.Reached)
        {
            if (incident is not null)
            {
                RecordFirstPage(incident, attempt);
            }

            await FinishAsync(request, PageRequestState.Reached, line, cancellationToken);
            return;
        }

        request.Next++;
        request.Attempts = 0;
        request.LastError = null;
        if (request.Next >= request.Methods.Count)
        {
            if (request.IsNotice)
            {
                NotificationLog.NoticeNotDelivered(_logger, request.Send, request.PersonId, request.Methods.Count);
            }
            else
            {
                NotificationLog.AllMethodsFailed(_logger, page.IncidentId, page.Step, request.PersonId, request.Methods.Count);
            }

            await FinishAsync(request, PageRequestState.Failed, line, cancellationToken);
            return;
        }

        request.Lane = LaneOf(request.Methods[request.Next].Kind);
        _database.Write(() =>
        {
            _queue.Update(request);
            if (line is not null)
            {
                _timeline.Insert(line);
            }
        });
        Wake([request.Lane]);
    }

    private async Task FailedAsync(PageRequest request, Exception ex, CancellationToken cancellationToken)
    {
        var settings = _options.CurrentValue;
        request.Attempts++;
        request.LastError = $"{ex.GetType().Name}: {ex.Message}";
        var description = $"page {request.Send} to {request.PersonId}";
        if (request.Attempts < settings.MaxAttempts)
        {
            var wait = settings.RetryDelay * Math.Pow(2, request.Attempts - 1);
            request.RetryAt = _time.GetUtcNow() + wait;
            _queue.Update(request);
            EngineLog.AttemptFailed(_logger, Name, description, request.Attempts, settings.MaxAttempts, wait, ex);
            return;
        }

        _parked.Add(new ParkedItem
        {
            Stage = Name,
            Position = request.Id,
            TicketId = request.TicketId,
            Item = description,
            Reason = request.LastError,
            Attempts = request.Attempts,
            ParkedAt = _time.GetUtcNow(),
        });
        EngineLog.Parked(_logger, Name, description, request.Attempts, ex);
        await FinishAsync(request, PageRequestState.Parked, null, cancellationToken);
    }

    /// <summary>Ends a page; the last page of its step send completes the step on the incident.</summary>
    private async Task FinishAsync(PageRequest request, PageRequestState state, TimelineEntry? attemptLine, CancellationToken cancellationToken)
    {
        using var held = await _locks.TakeAsync(request.TicketId, cancellationToken);
        var now = _time.GetUtcNow();
        Incident? moved = null;
        request.State = state;
        request.Lane = "";
        request.RetryAt = null;
        request.FinishedAt = now;
        _database.Write(() =>
        {
            _queue.Update(request);
            if (attemptLine is not null)
            {
                _timeline.Insert(attemptLine);
            }

            var send = request.IsNotice ? [] : _queue.ForSend(request.Send);
            if (request.IsNotice || send.Any(r => r.State == PageRequestState.Pending) || _incidents.Get(request.IncidentId) is not { } incident)
            {
                return;
            }

            var reached = send.Where(r => r.State == PageRequestState.Reached).ToList();
            foreach (var member in reached.Select(r => r.PersonId).Where(m => !incident.Paged.Contains(m, StringComparer.OrdinalIgnoreCase)))
            {
                incident.Paged.Add(member);
            }

            var withheld = reached.Count == 0 && send.All(r => r.State == PageRequestState.Cancelled);
            // Every page of a step's first send failed on every method: the next step is brought forward, as for an empty step.
            var fallThrough = reached.Count == 0 && !withheld
                ? StepSender.FallThrough(incident, incident.Steps[request.Step - 1], request.Repeat, now, _clock, "reached nobody (every contact method failed)")
                : null;
            if (fallThrough is not null)
            {
                incident.NextDueAt = LadderClock.NextDueAt(incident);
                moved = incident;
            }

            _incidents.Update(incident);
            if (fallThrough is not null)
            {
                _timeline.Insert(fallThrough);
            }
            else if (incident.IsOpen)
            {
                _timeline.Insert(withheld
                    ? StepSender.Line(incident, TimelineKind.StepCompleted, now, e =>
                    {
                        (e.Step, e.Repeat) = (request.Step, request.Repeat);
                        e.Text = $"step {request.Step}{(request.Repeat == 0 ? "" : $" (repeat {request.Repeat})")}: its pages were not sent, the incident was {incident.State.ToString().ToLowerInvariant()} meanwhile";
                    })
                    : StepSender.CompletedLine(incident, request.Step, request.Repeat, reached.Select(r => r.PersonName ?? r.PersonId).ToList(), send.Count, now));
            }
        });
        if (moved is not null)
        {
            await _timers.SetAsync(moved, cancellationToken);
        }
    }

    /// <summary>
    /// The incident's first page a channel accepted: its latency from the opening. Only while nobody is marked paged
    /// (the first step) is the incident's delivery log read, to tell the first from a colleague's in the same step.
    /// </summary>
    private void RecordFirstPage(Incident incident, MethodAttempt attempt)
    {
        if (attempt is { Outcome: MethodOutcome.Sent, Record: { State: DeliveryState.Sent } record } && incident.Paged.Count == 0
            && _log.Timeline(incident.Key).All(r => r.Id == record.Id || !r.Reached))
        {
            _metrics.FirstPageSent(record.UpdatedAt - incident.OpenedAt);
        }
    }

    /// <summary>A method's lane is its channel kind; a kind with no channel waits in the lane for the rest (and fails there at once).</summary>
    internal static string LaneOf(string kind) => kind.Trim().ToLowerInvariant();

    public override void Dispose()
    {
        foreach (var signal in _signals.Values)
        {
            signal.Dispose();
        }

        base.Dispose();
    }
}
