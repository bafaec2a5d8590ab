using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Routing;

namespace Bridge.Worker.Tests.WriteBack;

/// <summary>
/// Builds timeline lines for write-back tests; instants are minutes after 02:10 New York time (07:10 UTC, winter).
/// Each line carries its ticket as escalation would: a service ticket in status New (seen an hour before), billed
/// after hours at ×1.5, with no contact.
/// </summary>
internal static class TimelineLines
{
    public static readonly DateTimeOffset Start = new(2026, 3, 3, 7, 10, 0, TimeSpan.Zero);

    public static TimelineEntry Line(int id, TimelineKind kind, double minutes, int? step = null, int? repeat = null) => new()
    {
        Id = id,
        IncidentId = "inc-1",
        TicketId = 42,
        Kind = kind,
        At = Start.AddMinutes(minutes),
        Step = step,
        Repeat = repeat,
        Ticket = new TicketFacts
        {
            StatusId = 1,
            StatusName = "New",
            LastUpdated = Start.AddHours(-1),
            Billing = BillingKind.AfterHours,
            BillingMultiplier = 1.5m,
        },
    };

    public static TimelineEntry Attempt(int id, int step, double minutes, string person, string name, string channel, string result, int repeat = 0)
    {
        var line = Line(id, TimelineKind.NotificationAttempt, minutes, step, repeat);
        (line.PersonId, line.PersonName, line.Channel, line.Result) = (person, name, channel, result);
        return line;
    }

    public static TimelineEntry Completed(int id, int step, double minutes, int repeat = 0) => Line(id, TimelineKind.StepCompleted, minutes, step, repeat);

    public static TimelineEntry Skipped(int id, int step, double minutes, string text)
    {
        var line = Line(id, TimelineKind.TargetSkipped, minutes, step, 0);
        line.Text = text;
        return line;
    }

    public static TimelineEntry Acknowledged(int id, double minutes, string person, string name, string via, int? worked = null)
    {
        var line = Line(id, TimelineKind.Acknowledged, minutes);
        (line.PersonId, line.PersonName, line.Channel, line.MinutesWorked) = (person, name, via, worked);
        return line;
    }

    public static TimelineEntry Resolved(int id, double minutes, string? person, string? name, int? worked, string? note = null, string text = "")
    {
        var line = Line(id, TimelineKind.Resolved, minutes);
        (line.PersonId, line.PersonName, line.MinutesWorked, line.Note, line.Text) = (person, name, worked, note, text);
        return line;
    }
}
