using Bridge.Worker.Engine;
using Bridge.Worker.Escalation.Delivery;
using Bridge.Worker.Escalation.Engine;
using Bridge.Worker.Kernel;
using Bridge.Worker.OnCall;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Escalation.Shifts;

/// <summary>
/// Sends the handoff notices and gap warnings the planners find due: at every engine sweep, and at once after an
/// override is stored or a configuration reload (<see cref="OnCallChanges"/>), so a gap an edit opens is warned
/// before the next sweep. The notice keys make a notice found due on many passes go out once.
/// </summary>
internal sealed class ShiftNotices : BackgroundService
{
    private readonly Lock _gate = new();
    private readonly WorkSignal _signal = new();
    private readonly IDisposable _changes;
    private readonly OnCallResolver _onCall;
    private readonly NoticeSender _notices;
    private readonly LocalClock _clock;
    private readonly IOptionsMonitor<OnCallOptions> _options;
    private readonly IOptionsMonitor<EngineOptions> _engine;
    private readonly TimeProvider _time;
    private readonly ILogger<ShiftNotices> _logger;
    private readonly IHostApplicationLifetime? _lifetime;

    // Keys already handed over, until they can no longer be due: spares the notice store a write per pass.
    private readonly Dictionary<string, DateTimeOffset> _handed = new(StringComparer.Ordinal);

    public ShiftNotices(
        OnCallResolver onCall,
        NoticeSender notices,
        OnCallChanges changes,
        LocalClock clock,
        IOptionsMonitor<OnCallOptions> options,
        IOptionsMonitor<EngineOptions> engine,
        TimeProvider time,
        ILogger<ShiftNotices> logger,
        IHostApplicationLifetime? lifetime = null)
    {
        (_onCall, _notices, _clock, _options, _engine, _time, _logger, _lifetime) = (onCall, notices, clock, options, engine, time, logger, lifetime);
        _changes = changes.Subscribe(OnCallChanged);
    }

    /// <summary>One pass over every schedule: sends what is due now. Tests call it after moving the clock.</summary>
    public Task<ShiftCheck> CheckAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            foreach (var key in _handed.Where(h => h.Value < now).Select(h => h.Key).ToList())
            {
                _handed.Remove(key);
            }

            var resolver = _onCall.Snapshot();
            var settings = _options.CurrentValue;
            var (handoffs, gaps) = (0, 0);
            foreach (var schedule in resolver.Schedules)
            {
                handoffs += SendHandoffs(resolver, schedule, settings.Handoff, now);
                gaps += WarnOfGaps(resolver, schedule, settings.GapWarnings, now);
            }

            return Task.FromResult(new ShiftCheck(handoffs, gaps));
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (await HostStarted.WaitAsync(_lifetime, stoppingToken))
        {
            await ModuleLoop.RunAsync("shift-notices", async ct => { await CheckAsync(ct); return null; }, _signal, _engine, _time, _logger, stoppingToken);
        }
    }

    private int SendHandoffs(OnCallResolver resolver, string schedule, HandoffOptions options, DateTimeOffset now)
    {
        if (!options.Enabled)
        {
            return 0;
        }

        var (from, to) = HandoffPlanner.Window(now, options);
        var sent = 0;
        foreach (var due in HandoffPlanner.Due(OnCallStretch.Join(resolver.Shifts(schedule, from, to)), now, options))
        {
            if (_handed.ContainsKey(due.Key))
            {
                continue;
            }

            var zone = TimeZoneResolver.Find(resolver.FindPerson(due.Stretch.Member)?.TimeZone) ?? resolver.ZoneOf(schedule);
            var result = _notices.Send(ShiftNoticeText.Handoff(due, zone, now), [due.Stretch.Member]);
            _handed[due.Key] = due.Stretch.Start + HandoffPlanner.LateBy;
            if (result.Outcome == NoticeOutcome.Queued)
            {
                EscalationLog.HandoffNotice(_logger, schedule, due.Stretch.Member, due.Moment, due.Stretch.Start, due.Stretch.End);
                sent++;
            }
        }

        return sent;
    }

    private int WarnOfGaps(OnCallResolver resolver, string schedule, GapWarningOptions options, DateTimeOffset now)
    {
        if (!options.Enabled)
        {
            return 0;
        }

        var warnings = options.Warnings;
        var (from, to) = GapPlanner.Window(now, warnings);
        var sent = 0;
        foreach (var due in GapPlanner.Due(resolver.Gaps(schedule, from, to), now, warnings))
        {
            if (_handed.ContainsKey(due.Key))
            {
                continue;
            }

            var result = _notices.SendToRole(ShiftNoticeText.Gap(due, _clock.Zone, resolver.ZoneOf(schedule)), options.Role);
            _handed[due.Key] = due.Gap.Start;
            if (result.Outcome == NoticeOutcome.NobodyToTell)
            {
                EscalationLog.GapNobodyToTell(_logger, schedule, due.Gap.Start, options.Role);
            }
            else if (result.Outcome == NoticeOutcome.Queued)
            {
                EscalationLog.GapWarned(_logger, schedule, due.Gap.Start, due.Gap.End, DueGapWarning.Label(due.Ahead), options.Role, result.Told.Count);
                sent++;
            }
        }

        return sent;
    }

    // A reload may have given a role its first contact method: what found nobody before is tried again.
    private void OnCallChanged()
    {
        lock (_gate)
        {
            _handed.Clear();
        }

        _signal.Notify();
    }

    public override void Dispose()
    {
        _changes.Dispose();
        _signal.Dispose();
        base.Dispose();
    }
}

/// <summary>What one pass handed to delivery: handoff notices and gap warnings (a warning to a role counts once).</summary>
internal sealed record ShiftCheck(int Handoffs, int GapWarnings);
