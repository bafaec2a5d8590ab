using System.Globalization;
using Bridge.Worker.Escalation.Timeline;
using NodaTime;

namespace Bridge.Worker.WriteBack;

/// <summary>
/// The words write-back puts into ConnectWise, composed from timeline lines with times in the MSP's zone:
/// "02:13 paged Anh Nguyen by sms (sent)", "02:28 no answer, paged Beatriz Ruiz by sms and email (sent)",
/// "02:31 Beatriz Ruiz acknowledged (link)".
/// </summary>
internal static class WriteBackText
{
    private const int MaxPersonNote = 1000;

    /// <summary>One note for one step (or one repeat of it): who was paged, how, and how it went; who was passed over.</summary>
    public static string Step(TimelineEntry completed, IReadOnlyList<TimelineEntry> stepLines, DateTimeZone zone)
    {
        // One segment per person paged (their attempts together, in the order first tried) or per person skipped.
        var segments = new List<(List<TimelineEntry>? Attempts, string? Text)>();
        var byPerson = new Dictionary<string, List<TimelineEntry>>(StringComparer.Ordinal);
        foreach (var line in stepLines.OrderBy(l => l.Id))
        {
            if (line.Kind == TimelineKind.NotificationAttempt)
            {
                var who = line.PersonId ?? line.PersonName ?? "";
                if (!byPerson.TryGetValue(who, out var attempts))
                {
                    byPerson[who] = attempts = [];
                    segments.Add((attempts, null));
                }

                attempts.Add(line);
            }
            else if (line.Kind == TimelineKind.TargetSkipped)
            {
                segments.Add((null, $"{Clock(line.At, zone)} {(line.Text.Length > 0 ? line.Text : $"skipped {Who(line)}")}"));
            }
        }

        var again = completed.Repeat > 0 ? " again" : "";
        var texts = segments.Select(s => s.Attempts is { } attempts ? Paged(attempts, again, zone) : s.Text!).ToList();
        if (texts.Count == 0)
        {
            texts.Add($"{Clock(completed.At, zone)} {(completed.Text.Length > 0 ? completed.Text : $"step {completed.Step}: no one was paged")}");
        }

        if (completed.Step > 1 || completed.Repeat > 0)
        {
            // "02:28 no answer, paged …": the page before this one went unacknowledged.
            var space = texts[0].IndexOf(' ', StringComparison.Ordinal);
            texts[0] = texts[0][..(space + 1)] + "no answer, " + texts[0][(space + 1)..];
        }

        return string.Join("; ", texts);
    }

    public static string Acknowledged(TimelineEntry entry, DateTimeZone zone)
    {
        var text = $"{Clock(entry.At, zone)} {Who(entry)} acknowledged";
        if (!string.IsNullOrWhiteSpace(entry.Channel))
        {
            text += $" ({entry.Channel})";
        }

        return entry.MinutesWorked is > 0 and var minutes ? $"{text}, {minutes} min logged" : text;
    }

    public static string Resolved(TimelineEntry entry, DateTimeZone zone)
    {
        if (entry.PersonId is null && entry.PersonName is null)
        {
            return $"{Clock(entry.At, zone)} resolved" + (entry.Text.Length > 0 ? $": {entry.Text}" : "");
        }

        var text = $"{Clock(entry.At, zone)} {Who(entry)} resolved";
        if (entry.MinutesWorked is > 0 and var minutes)
        {
            text += $", {minutes} min worked";
        }

        return PersonNote(entry) is { } note ? $"{text}: {note}" : text;
    }

    /// <summary>The invoice line of a contact attempt's zero-hour entry.</summary>
    public static string ContactAttempt(TimelineEntry entry, DateTimeZone zone) =>
        $"Contact attempt {Clock(entry.At, zone)}: paged {Who(entry)} by {entry.Channel ?? "an unknown channel"} ({entry.Result ?? "unknown"})";

    /// <summary>The invoice line of a technician's logged time: their own note, else what the time was for.</summary>
    public static string WorkLogged(TimelineEntry entry, string billing) =>
        PersonNote(entry) ?? $"On-call response by {Who(entry)} ({billing})";

    public static string Who(TimelineEntry entry) => entry.PersonName ?? entry.PersonId ?? "someone";

    public static string Clock(DateTimeOffset at, DateTimeZone zone) =>
        Instant.FromDateTimeOffset(at).InZone(zone).ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Paged(List<TimelineEntry> attempts, string again, DateTimeZone zone)
    {
        var channels = attempts.Select(a => (Channel: a.Channel ?? "?", Result: a.Result ?? "unknown")).ToList();
        var how = channels.Select(c => c.Result).Distinct(StringComparer.Ordinal).Count() == 1
            ? $"{Join(channels.Select(c => c.Channel))} ({channels[0].Result})"
            : Join(channels.Select(c => $"{c.Channel} ({c.Result})"));
        return $"{Clock(attempts[0].At, zone)} paged {Who(attempts[0])}{again} by {how}";
    }

    private static string Join(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }

    private static string? PersonNote(TimelineEntry entry)
    {
        if (string.IsNullOrWhiteSpace(entry.Note))
        {
            return null;
        }

        var note = OutboxMarker.Defuse(entry.Note.Trim());
        return note.Length <= MaxPersonNote ? note : string.Concat(note.AsSpan(0, MaxPersonNote), "…");
    }
}
