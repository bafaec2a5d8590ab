using Bridge.Worker.Escalation.Delivery;
using Bridge.Worker.Escalation.Engine;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.OnCall;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Watch;

/// <summary>
/// The weekly canary (<c>Watch:Canary</c>): at the configured weekday and wall time, one incident for the person on
/// call (<see cref="EscalationEngine.OpenCanaryAsync"/>), keyed by the ISO week in the state file, so a restart never
/// sends a week's canary twice; a bridge down at that time sends it late the same day, not days later. An acknowledged
/// canary is resolved; one nobody acknowledged is closed after a day (its second step has told the role by then).
/// </summary>
internal sealed class CanaryKeeper(
    EscalationEngine engine,
    IncidentStore incidents,
    TicketLocks locks,
    IOnCallResolver onCall,
    NoticeSender notices,
    LocalClock clock,
    IOptionsMonitor<WatchOptions> options,
    ILogger<CanaryKeeper> logger)
{
    /// <summary>How late a missed canary is still sent.</summary>
    internal static readonly TimeSpan LateBy = TimeSpan.FromDays(1);

    public async Task RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await CloseDoneAsync(now, cancellationToken);
        var settings = options.CurrentValue.Canary;
        if (!settings.Enabled || CanaryWeek.Parse(settings.At) is not var (day, at))
        {
            return;
        }

        var week = CanaryWeek.Of(now, clock.Zone, day, at);
        if (now < week.DueAt || now >= week.DueAt + LateBy || incidents.ForTicket(-week.Number).Count > 0)
        {
            return;
        }

        if (!onCall.HasSchedule(settings.Schedule))
        {
            WatchLog.CanarySkipped(logger, week.Key, $"Watch:Canary:Schedule names '{settings.Schedule}', which is not among OnCall:Schedules");
            return;
        }

        var answer = onCall.WhoIsOnCall(settings.Schedule, now);
        if (answer.Person is not { } person)
        {
            // Nobody to test: that is the news.
            notices.SendToRole(
                new Notice($"canary:{week.Key}:gap", $"Weekly test page {week.Key}: nobody on call",
                    $"The weekly test page ({week.Key}) found nobody on call for {settings.Schedule} at {LocalClock.Full(now, clock.Zone)}: the rotation has a gap."),
                settings.TellRole);
            WatchLog.CanarySkipped(logger, week.Key, $"nobody is on call for {settings.Schedule}; {settings.TellRole} told");
            return;
        }

        var opened = await engine.OpenCanaryAsync(new CanaryPlan(week.Key, week.Number, settings.Schedule, person.Name, settings.AckWithin, settings.TellRole), cancellationToken);
        if (opened is not null)
        {
            WatchLog.CanaryOpened(logger, week.Key, opened.Id, person.Name, settings.Schedule);
        }
    }

    private async Task CloseDoneAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var open in incidents.Open().Where(i => i.Cause == IncidentCause.Canary))
        {
            using var held = await locks.TakeAsync(open.TicketId, cancellationToken);
            if (incidents.Get(open.Id) is not { IsOpen: true } canary)
            {
                continue;
            }

            var (state, reason) = canary.State == IncidentState.Acknowledged
                ? (IncidentState.Resolved, $"weekly test page acknowledged by {canary.AcknowledgedByName ?? canary.AcknowledgedBy}: pages reach them")
                : now - canary.OpenedAt >= LateBy
                ? (IncidentState.Cancelled, "weekly test page not acknowledged within a day; closed")
                : (IncidentState.Triggered, "");
            if (state == IncidentState.Triggered)
            {
                continue;
            }

            await engine.CloseAsync(canary, state, now, reason, null, TimelineChannels.Bridge, cancellationToken);
            WatchLog.CanaryClosed(logger, canary.Id, reason);
        }
    }
}
