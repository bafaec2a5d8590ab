using Bridge.Worker.Escalation.Timeline;

namespace Bridge.Integration.Tests.Support;

/// <summary>
/// The timeline an acknowledged P1 leaves: opened; step 1 pages Anh Nguyen by SMS; 15 minutes later step 2 pages
/// Beatriz Ruiz by SMS and e-mail; she acknowledges by link and resolves with 30 minutes worked.
/// Write-back makes 10 records of it: 3 zero-hour entries, 4 notes, 2 status changes, 1 time entry of 30 minutes.
/// </summary>
public static class AcknowledgedP1
{
    public const int Records = 10;
    public const int ContactAttempts = 3;
    public const int Notes = 4;

    public static IReadOnlyList<TimelineEntry> Lines(int ticketId, DateTimeOffset start, string incidentId = "inc-p1")
    {
        TimelineEntry Line(TimelineKind kind, int minutes, Action<TimelineEntry>? set = null)
        {
            var entry = new TimelineEntry { IncidentId = incidentId, TicketId = ticketId, Kind = kind, At = start.AddMinutes(minutes), Policy = "p1-assigned" };
            set?.Invoke(entry);
            return entry;
        }

        TimelineEntry Attempt(int step, int minutes, string person, string name, string channel, string result) =>
            Line(TimelineKind.NotificationAttempt, minutes, e =>
            {
                (e.Step, e.Repeat, e.PersonId, e.PersonName, e.Channel, e.Result) = (step, 0, person, name, channel, result);
                e.Text = $"paged {name} by {channel} ({result})";
            });

        return
        [
            Line(TimelineKind.Opened, 0, e => e.Text = "P1 opened"),
            Line(TimelineKind.StepStarted, 3, e => (e.Step, e.Repeat) = (1, 0)),
            Attempt(1, 3, "anguyen", "Anh Nguyen", "sms", "sent"),
            Line(TimelineKind.StepCompleted, 3, e => (e.Step, e.Repeat) = (1, 0)),
            Line(TimelineKind.StepStarted, 18, e => (e.Step, e.Repeat) = (2, 0)),
            Attempt(2, 18, "bruiz", "Beatriz Ruiz", "sms", "sent"),
            Attempt(2, 18, "bruiz", "Beatriz Ruiz", "email", "sent"),
            Line(TimelineKind.StepCompleted, 18, e => (e.Step, e.Repeat) = (2, 0)),
            Line(TimelineKind.Acknowledged, 21, e => (e.PersonId, e.PersonName, e.Channel) = ("bruiz", "Beatriz Ruiz", "link")),
            Line(TimelineKind.Resolved, 51, e =>
            {
                (e.PersonId, e.PersonName, e.MinutesWorked) = ("bruiz", "Beatriz Ruiz", 30);
                e.Note = "Restarted the mail transport service";
            }),
        ];
    }
}
