using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Bridge.Worker.OnCall;

/// <summary>
/// iCalendar feeds (RFC 5545) of shifts for Outlook and Google Calendar subscriptions: times in UTC
/// (no VTIMEZONE needed), one event per shift with a UID that stays the same from fetch to fetch.
/// </summary>
internal static class OnCallCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string ForSchedule(string schedule, IReadOnlyList<OnCallShift> shifts, Func<string, Person?> people, DateTimeOffset now) =>
        Build($"On call: {schedule}", shifts, shift => $"On call: {NameOf(shift.Member, people)} ({shift.Member})", people, now);

    public static string ForPerson(Person person, IReadOnlyList<OnCallShift> shifts, Func<string, Person?> people, DateTimeOffset now) =>
        Build($"On call: {person.Name}", shifts, shift => $"On call: {shift.Schedule} ({shift.Member})", people, now);

    private static string Build(string title, IReadOnlyList<OnCallShift> shifts, Func<OnCallShift, string> summary, Func<string, Person?> people, DateTimeOffset now)
    {
        var calendar = new Calendar { ProductId = "-//Bridge//On-call//EN", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", title);
        calendar.AddProperty("X-PUBLISHED-TTL", "PT1H");
        calendar.AddProperty("REFRESH-INTERVAL;VALUE=DURATION", "PT1H");
        foreach (var shift in shifts)
        {
            var calendarEvent = new CalendarEvent
            {
                Uid = shift.Uid,
                Summary = summary(shift),
                Description = Describe(shift, people),
                Start = Utc(shift.Start),
                End = Utc(shift.End),
                DtStamp = Utc(now),
                Transparency = TransparencyType.Transparent,
            };
            calendar.Events.Add(calendarEvent);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>No contact details: a feed URL is shared and unauthenticated, so phone numbers stay out of it.</summary>
    private static string Describe(OnCallShift shift, Func<string, Person?> people) =>
        $"{NameOf(shift.Member, people)} ({shift.Member}) is on call for {shift.Schedule} via {shift.Source}.";

    private static string NameOf(string member, Func<string, Person?> people) => people(member)?.Name ?? member;

    private static CalDateTime Utc(DateTimeOffset instant) => new(instant.UtcDateTime);
}
