using Bridge.Worker.Escalation.Delivery;
using NodaTime;

namespace Bridge.Worker.Escalation.Shifts;

/// <summary>The words of handoff notices and gap warnings: pure, given the wall clocks they are read on.</summary>
internal static class ShiftNoticeText
{
    /// <summary>"You are on call for after-hours from 17:00 until Monday 08:00." on the person's own clock; first contact only.</summary>
    public static Notice Handoff(DueHandoff due, DateTimeZone personZone, DateTimeOffset now)
    {
        var stretch = due.Stretch;
        var from = ShiftText.Moment(stretch.Start, now, personZone);
        var until = ShiftText.Moment(stretch.End, now, personZone);
        return due.Moment == HandoffMoment.Before
            ? new Notice(due.Key, $"On call for {stretch.Schedule} from {from}", $"You are on call for {stretch.Schedule} from {from} until {until}.", NoticeReach.FirstContact)
            : new Notice(due.Key, $"On call for {stretch.Schedule} now", $"You are on call for {stretch.Schedule} now, from {from} until {until}.", NoticeReach.FirstContact);
    }

    /// <summary>
    /// "after-hours has nobody on call Friday 4 December 17:00 – Saturday 08:00 (15 h)." on the MSP's clock, with the
    /// command that fills it, its times on the schedule's clock (which the command line reads them on).
    /// </summary>
    public static Notice Gap(DueGapWarning due, DateTimeZone mspZone, DateTimeZone scheduleZone)
    {
        var gap = due.Gap;
        var span = ShiftText.Span(gap.Start, gap.End, mspZone);
        var length = (due.Longer ? "more than " : "") + ShiftText.Length(gap.Duration);
        var command = $"bridge oncall override --schedule {gap.Schedule} --person MEMBER --from \"{ShiftText.Typed(gap.Start, scheduleZone)}\" --to \"{ShiftText.Typed(gap.End, scheduleZone)}\"";
        return new Notice(
            due.Key,
            $"Nobody on call for {gap.Schedule} {ShiftText.Full(gap.Start, mspZone)}",
            $"{gap.Schedule} has nobody on call {span} ({length}). Fill it with an override: {command} (times on the schedule's clock, {scheduleZone.Id}).");
    }
}
