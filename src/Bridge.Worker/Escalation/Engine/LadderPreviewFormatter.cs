using System.Globalization;
using System.Text;
using NodaTime;

namespace Bridge.Worker.Escalation.Engine;

/// <summary>
/// A <see cref="LadderPreview"/> as <c>bridge explain</c> prints it after the routing decision: whether an incident
/// would open, then each ladder step by step (when it fires, its repeats, who it pages and who it passes over), in the
/// MSP's zone. Repeats that page the same people share a line; a repeat after a shift change gets its own.
/// </summary>
internal static class LadderPreviewFormatter
{
    public static string Format(LadderPreview preview, DateTimeZone zone)
    {
        var text = new StringBuilder();
        Line(text, "Incident", preview.Outcome);
        foreach (var ladder in preview.Ladders)
        {
            var why = ladder == preview.Ladders[0] ? "" : " (the ticket's escalation threshold, if still open)";
            Line(text, "Ladder", $"{ladder.Policy} from {Full(ladder.Start, zone)}{why}");
            if (ladder.Sends.Count == 0)
            {
                text.AppendLine("  (no step fires)");
            }

            var day = Local(ladder.Start, zone).Date;
            foreach (var step in ladder.Sends.GroupBy(s => s.Step).OrderBy(g => g.Key))
            {
                WriteStep(text, step.OrderBy(s => s.Repeat).ToList(), zone, day);
            }

            if (ladder.Until is { } until)
            {
                text.Append(CultureInfo.InvariantCulture, $"  at {Short(until, zone, day)} the escalation threshold ends this ladder").AppendLine();
            }
            else if (ladder.KeepsPaging is { } keeps)
            {
                text.Append(CultureInfo.InvariantCulture, $"  and step {keeps.Step} every {Kernel.DurationText.Of(keeps.Every)} until someone acknowledges")
                    .Append(ladder.GivesUpAt is { } end ? $" or {Short(end, zone, day)}, when the ladder gives up" : "").AppendLine();
            }
        }

        if (preview.Ladders.Count > 0)
        {
            text.AppendLine("Nothing is recorded and nobody is paged: this is what the engine would do if nobody acknowledged.");
        }

        return text.ToString();
    }

    private static void WriteStep(StringBuilder text, List<LadderPreview.Send> sends, DateTimeZone zone, LocalDate day)
    {
        var groups = new List<List<LadderPreview.Send>>();
        foreach (var send in sends)
        {
            if (groups.Count > 0 && Same(groups[^1][0], send))
            {
                groups[^1].Add(send);
            }
            else
            {
                groups.Add([send]);
            }
        }

        var first = sends[0];
        foreach (var group in groups)
        {
            var head = group[0];
            var when = head == first
                ? $"  {(head.IsFallback ? "Nobody acknowledged: fallback" : $"Step {head.Step}")} at {Short(head.At, zone, day)}{Forward(head, zone, day)} ({string.Join(", ", head.Targets)})"
                : $"    then at {Short(head.At, zone, day)} (repeat {head.Repeat})";
            var repeats = group.Skip(1).Select(s => Short(s.At, zone, day)).ToList();
            text.Append(when).Append(repeats.Count > 0 ? $", repeats at {string.Join(", ", repeats)}" : "").AppendLine(":");
            foreach (var person in head.Paged)
            {
                text.Append(CultureInfo.InvariantCulture, $"    pages {person.Person.Name} ({person.Person.Member}): {person.How}").AppendLine();
            }

            foreach (var skipped in head.Skipped)
            {
                text.Append(skipped.Name is null ? $"    gap: {skipped.Reason}" : $"    passes over {skipped.Name}: {skipped.Reason}").AppendLine();
            }

            if (head.Notice is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $"    notice: {head.Notice}").AppendLine();
            }

            if (head.Paged.Count == 0)
            {
                text.AppendLine("    pages nobody");
            }
        }
    }

    private static string Forward(LadderPreview.Send send, DateTimeZone zone, LocalDate day) =>
        send.BroughtForwardFrom is { } due ? $" (brought forward from {Short(due, zone, day)}: the step before paged nobody)" : "";

    private static bool Same(LadderPreview.Send a, LadderPreview.Send b) =>
        a.Paged.Select(p => p.Person.Member + "|" + p.How).SequenceEqual(b.Paged.Select(p => p.Person.Member + "|" + p.How), StringComparer.Ordinal)
        && a.Skipped.Select(s => s.Reason).SequenceEqual(b.Skipped.Select(s => s.Reason), StringComparer.Ordinal);

    private static void Line(StringBuilder text, string label, string value) =>
        text.Append(CultureInfo.InvariantCulture, $"{label + ":",-11} {value}").AppendLine();

    private static ZonedDateTime Local(DateTimeOffset at, DateTimeZone zone) => Instant.FromDateTimeOffset(at).InZone(zone);

    private static string Full(DateTimeOffset at, DateTimeZone zone) =>
        Local(at, zone).ToString("ddd yyyy-MM-dd HH:mm o<+HH:mm>", CultureInfo.InvariantCulture);

    /// <summary>The wall-clock time; with the weekday when not on the ladder's first day.</summary>
    private static string Short(DateTimeOffset at, DateTimeZone zone, LocalDate day)
    {
        var local = Local(at, zone);
        return local.ToString(local.Date == day ? "HH:mm" : "ddd HH:mm", CultureInfo.InvariantCulture);
    }
}
