using Bridge.Worker.Routing.Calendar;
using NodaTime;

namespace Bridge.Worker.Reporting.Paging;

/// <summary>Whether one SLA target of one incident was met; <see cref="NotMeasured"/> while it can still be met, or when the incident ended before it was due.</summary>
internal enum SlaOutcome
{
    NotMeasured,
    Met,
    Missed,
}

/// <summary>The three SLA checks of one incident, each against its due time (wall clock) or its business time (client response).</summary>
internal static class SlaCheck
{
    /// <summary>Done by <paramref name="due"/>; not done and <paramref name="due"/> passed before <paramref name="horizon"/> (the close, or now): missed.</summary>
    public static SlaOutcome ByWallClock(DateTimeOffset? done, DateTimeOffset? due, DateTimeOffset horizon) => (done, due) switch
    {
        (_, null) => SlaOutcome.NotMeasured,
        ({ } d, { } by) => d <= by ? SlaOutcome.Met : SlaOutcome.Missed,
        (null, { } by) => by < horizon ? SlaOutcome.Missed : SlaOutcome.NotMeasured,
    };

    /// <summary>Only the calendar's open time between <paramref name="start"/> and the response counts (evenings, weekends and holidays do not).</summary>
    public static SlaOutcome ByBusinessTime(BusinessCalendar calendar, DateTimeOffset start, DateTimeOffset? done, TimeSpan? target, DateTimeOffset horizon)
    {
        if (target is not { } allowed)
        {
            return SlaOutcome.NotMeasured;
        }

        var limit = Duration.FromTimeSpan(allowed);
        if (done is { } d)
        {
            return calendar.OpenTimeBetween(Instant.FromDateTimeOffset(start), Instant.FromDateTimeOffset(d)) <= limit ? SlaOutcome.Met : SlaOutcome.Missed;
        }

        return calendar.OpenTimeBetween(Instant.FromDateTimeOffset(start), Instant.FromDateTimeOffset(horizon)) > limit ? SlaOutcome.Missed : SlaOutcome.NotMeasured;
    }
}
