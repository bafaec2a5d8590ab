namespace Bridge.Worker.OnCall;

/// <summary>
/// The content of a calendar feed, whichever address served it (<c>/oncall/{schedule}.ics</c>,
/// <c>/oncall/people/{member}.ics</c> or a secret <c>/oncall/feeds/{secret}.ics</c>): the shifts from
/// <c>OnCall:FeedDaysBack</c> days ago to <c>OnCall:FeedDaysAhead</c> days ahead.
/// </summary>
internal static class OnCallFeeds
{
    /// <summary>The schedule's calendar, or null when there is no such schedule.</summary>
    public static string? ForSchedule(string schedule, OnCallResolver resolver, OnCallOptions options, DateTimeOffset now)
    {
        if (!resolver.HasSchedule(schedule))
        {
            return null;
        }

        var shifts = resolver.Shifts(schedule, now.AddDays(-options.FeedDaysBack), now.AddDays(options.FeedDaysAhead));
        return OnCallCalendar.ForSchedule(schedule, shifts, resolver.FindPerson, now);
    }

    /// <summary>The person's calendar (their shifts in every schedule), or null when nobody has that member identifier.</summary>
    public static string? ForPerson(string member, OnCallResolver resolver, OnCallOptions options, DateTimeOffset now)
    {
        if (resolver.FindPerson(member) is not { } person)
        {
            return null;
        }

        var shifts = resolver.ShiftsOf(person.Member, now.AddDays(-options.FeedDaysBack), now.AddDays(options.FeedDaysAhead));
        return OnCallCalendar.ForPerson(person, shifts, resolver.FindPerson, now);
    }

    public static string? For(FeedKind kind, string name, OnCallResolver resolver, OnCallOptions options, DateTimeOffset now) =>
        kind == FeedKind.Schedule ? ForSchedule(name, resolver, options, now) : ForPerson(name, resolver, options, now);
}
