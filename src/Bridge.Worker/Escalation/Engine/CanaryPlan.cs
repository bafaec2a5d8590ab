namespace Bridge.Worker.Escalation.Engine;

/// <summary>
/// One week's canary page: the person on call for <paramref name="Schedule"/> is paged at once; if nobody acknowledges
/// within <paramref name="AckWithin"/>, <paramref name="TellRole"/> is told who did not.
/// </summary>
/// <param name="Week">The ISO week it is for, e.g. <c>2026-W49</c>.</param>
/// <param name="WeekNumber">The same as a number (202649); the canary's ticket id is its negation, one per week.</param>
/// <param name="OnCallName">Who is on call when it is sent (named in the message to <paramref name="TellRole"/>).</param>
internal sealed record CanaryPlan(string Week, int WeekNumber, string Schedule, string OnCallName, TimeSpan AckWithin, string TellRole)
{
    public int TicketId => -WeekNumber;
}
