using System.Globalization;
using Bridge.Worker.Escalation.Api;
using Bridge.Worker.StatusPage;
using NodaTime;

namespace Bridge.Worker.Cli;

/// <summary>
/// What <c>bridge incidents</c> and <c>bridge incident 42</c> print: a table of open incidents then the latest
/// closed, or one incident's facts and its timeline, oldest first. Instants are the MSP's wall clock with the
/// offset, next to how far they are from now ("in 4 min (2026-11-24T02:18-05:00)").
/// </summary>
internal static class IncidentText
{
    private const string Gap = "  ";

    public static IEnumerable<string> List(IReadOnlyList<IncidentView> incidents, DateTimeOffset now, DateTimeZone zone)
    {
        if (incidents.Count == 0)
        {
            yield return "No incidents yet. One opens when a ticket needs someone after hours, or when its response SLA runs out.";
            yield break;
        }

        var open = incidents.Where(i => i.IsOpen).ToList();
        var closed = incidents.Where(i => !i.IsOpen).ToList();
        if (open.Count == 0)
        {
            yield return "No open incidents: nobody is being paged.";
        }
        else
        {
            yield return $"Open incidents ({open.Count}):";
            string[] header = ["ID", "TICKET", "PRIORITY", "CLIENT", "STATE", "POLICY", "STEP", "NEXT DUE", "ACKNOWLEDGED BY"];
            foreach (var line in Table(header, open.Select(i => Row(i, NextDue(i, now, zone)))))
            {
                yield return line;
            }
        }

        if (closed.Count > 0)
        {
            yield return "";
            yield return $"Recently closed ({closed.Count}):";
            string[] header = ["ID", "TICKET", "PRIORITY", "CLIENT", "STATE", "POLICY", "STEP", "CLOSED", "ACKNOWLEDGED BY"];
            foreach (var line in Table(header, closed.Select(i => Row(i, i.ClosedAt is { } at ? When(at, now, zone) : "-"))))
            {
                yield return line;
            }
        }
    }

    public static IEnumerable<string> Detail(IncidentDetail detail, DateTimeOffset now, DateTimeZone zone)
    {
        var incident = detail.Incident;
        yield return $"Incident #{incident.Id}: ticket #{incident.TicketId} \"{incident.Summary}\"";
        var facts = new List<(string Label, string Value)>
        {
            ("State", State(incident, now, zone)),
            ("Client", incident.Client ?? "-"),
            ("Priority", incident.Priority ?? "-"),
            ("Cause", incident.Cause),
            ("Policy", $"{incident.Policy} (ladder {incident.Ladder}), {Step(incident)}"),
            ("Opened", When(incident.OpenedAt, now, zone)),
            ("Next due", NextDue(incident, now, zone)),
            ("Paged", incident.Paged.Count == 0 ? "nobody yet" : string.Join(", ", incident.Paged)),
        };
        if (incident.ConfigVersion is { } version)
        {
            // The configuration the incident was opened under: its ladder was copied from it.
            facts.Insert(6, ("Config", incident.ConfigAppliedAt is { } applied ? $"{version} applied {When(applied, now, zone)}" : version));
        }

        if (incident.ClosedAt is { } closedAt)
        {
            facts.Add(("Closed", $"{When(closedAt, now, zone)}{(incident.ClosedReason is { Length: > 0 } reason ? $": {reason}" : "")}"));
        }

        foreach (var (label, value) in facts)
        {
            yield return $"{Gap}{label,-10}{value}";
        }

        yield return "";
        yield return detail.Timeline.Count == 1 ? "Timeline (1 line):" : $"Timeline ({detail.Timeline.Count} lines, oldest first):";
        var kindWidth = detail.Timeline.Select(e => e.Kind.ToString().Length).DefaultIfEmpty(0).Max();
        foreach (var entry in detail.Timeline.OrderBy(e => e.At).ThenBy(e => e.Id))
        {
            yield return $"{Gap}{Exact(entry.At, zone)}{Gap}{entry.Kind.ToString().PadRight(kindWidth)}{Gap}{entry.Text}";
        }
    }

    /// <summary>"in 4 min (2026-11-24T02:18-05:00)".</summary>
    public static string When(DateTimeOffset at, DateTimeOffset now, DateTimeZone zone) =>
        $"{RelativeTime.Describe(at, now)} ({OnCall.InstantText.Format(at, zone)})";

    private static string[] Row(IncidentView incident, string time) =>
    [
        $"#{incident.Id}",
        $"#{incident.TicketId}",
        incident.Priority ?? "-",
        incident.Client ?? "-",
        incident.State,
        incident.Policy,
        Step(incident),
        time,
        incident.AcknowledgedBy ?? "-",
    ];

    private static string State(IncidentView incident, DateTimeOffset now, DateTimeZone zone) =>
        incident.AcknowledgedAt is { } at && incident.AcknowledgedBy is { } by
            ? $"{incident.State}, acknowledged by {by} {When(at, now, zone)}"
            : incident.State;

    private static string Step(IncidentView incident) =>
        string.Create(CultureInfo.InvariantCulture, $"step {(incident.CurrentStep is { } step ? step.ToString(CultureInfo.InvariantCulture) : "-")} of {incident.Steps}");

    private static string NextDue(IncidentView incident, DateTimeOffset now, DateTimeZone zone) =>
        incident.NextDueAt is { } due ? When(due, now, zone) : "nothing due";

    /// <summary>To the second and always with seconds, so timeline lines align.</summary>
    private static string Exact(DateTimeOffset at, DateTimeZone zone) =>
        Instant.FromDateTimeOffset(at).InZone(zone).ToDateTimeOffset().ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static IEnumerable<string> Table(string[] header, IEnumerable<string[]> rows)
    {
        var all = rows.Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(c => all.Max(r => r[c].Length)).ToArray();
        return all.Select(r => Gap + string.Join(Gap, r.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd());
    }
}
