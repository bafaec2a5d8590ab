using Bridge.Worker.Escalation.Api;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Kernel;
using Bridge.Worker.OnCall;

namespace Bridge.Worker.StatusPage.Sections;

/// <summary>
/// The incidents under way: paging or acknowledged, with the ticket, client, priority, where the ladder stands,
/// who has been paged and when the next page goes out; then the last closed ones, folded. Each row carries
/// <c>id="incident-{id}"</c> and <c>data-state</c> so a browser test (or a bookmark) can find it.
/// </summary>
internal sealed class IncidentsSection(IncidentStore incidents, IOnCallResolver people) : IStatusSection
{
    private const int ClosedShown = 5;

    /// <summary>How many of the latest incidents are looked through for the closed ones.</summary>
    private const int RecentLookedAt = 50;

    public string Id => "incidents";

    public string Title => "Incidents";

    public StatusColumn Column => StatusColumn.Main;

    public int Order => 200;

    public ValueTask<StatusSectionResult> WriteAsync(StatusClock clock, HtmlWriter html, CancellationToken cancellationToken)
    {
        var listed = IncidentEndpoints.Listing(incidents, RecentLookedAt);
        // Waiting-on-client ladders and SLA clocks that have paged nobody yet are watched, not paging: folded below.
        var watched = listed.Where(i => i.IsOpen && IsWatched(i, clock.Now)).ToList();
        var open = listed.Where(i => i.IsOpen && !watched.Contains(i)).ToList();
        var closed = listed.Where(i => !i.IsOpen).Take(ClosedShown).ToList();
        if (open.Count == 0 && closed.Count == 0)
        {
            html.Append($"<p class=\"empty\">No incidents yet. When a ticket needs someone after hours (or its response SLA runs out), an incident opens here: who is being paged, which step of the escalation ladder it is on, when the next page goes out, and who acknowledged it.</p>");
            return ValueTask.FromResult(new StatusSectionResult(StatusLevel.Ok, "none open"));
        }

        if (open.Count == 0)
        {
            html.Append($"<p class=\"empty\">No open incidents: nobody is being paged.</p>");
        }
        else
        {
            html.Append($"<ol class=\"rows incidents\">");
            foreach (var incident in open)
            {
                WriteOpen(incident, clock, html);
            }

            html.Append($"</ol>");
        }

        if (watched.Count > 0)
        {
            html.Append($"<details id=\"incidents-watched\" class=\"closed\"><summary>{watched.Count} watched: waiting on the client or an SLA clock, nobody paged yet</summary><ol class=\"rows incidents\">");
            foreach (var incident in watched)
            {
                WriteOpen(incident, clock, html);
            }

            html.Append($"</ol></details>");
        }

        if (closed.Count > 0)
        {
            html.Append($"<details id=\"incidents-closed\" class=\"closed\"><summary>Last {closed.Count} closed</summary><ol class=\"rows incidents\">");
            foreach (var incident in closed)
            {
                WriteClosed(incident, clock, html);
            }

            html.Append($"</ol></details>");
        }

        return ValueTask.FromResult(Result(open));
    }

    private static bool IsWatched(IncidentView incident, DateTimeOffset now) =>
        incident.State == nameof(IncidentState.Triggered) && incident.Paged.Count == 0
        && (incident.Cause == IncidentCause.WaitingOnClient || incident.NextDueAt is { } due && due > now);

    private static StatusSectionResult Result(List<IncidentView> open)
    {
        var paging = open.Count(i => i.State == nameof(IncidentState.Triggered));
        var acknowledged = open.Count - paging;
        if (paging > 0)
        {
            var attention = paging == 1 ? "1 incident paging" : $"{paging} incidents paging";
            return new StatusSectionResult(StatusLevel.Critical, acknowledged > 0 ? $"{paging} paging · {acknowledged} acknowledged" : $"{paging} paging", attention);
        }

        return acknowledged > 0
            ? new StatusSectionResult(StatusLevel.Warning, $"{acknowledged} acknowledged")
            : new StatusSectionResult(StatusLevel.Ok, "none open");
    }

    private void WriteOpen(IncidentView incident, StatusClock clock, HtmlWriter html)
    {
        html.Append($"<li id=\"incident-{incident.Id}\" data-state=\"{incident.State}\"><div class=\"head\">{StateBadge(incident)}{Heading(incident)}<span class=\"when\">opened {clock.When(incident.OpenedAt)}</span></div>");
        html.Append($"<div class=\"facts\"><span>Client <b>{incident.Client ?? "(unknown)"}</b></span><span>Priority {PriorityBadge(incident.Priority)}</span><span>Ladder <b>{Ladder(incident)}</b></span><span>Paged <b>{Paged(incident)}</b></span>{Next(incident, clock)}</div></li>");
    }

    private static void WriteClosed(IncidentView incident, StatusClock clock, HtmlWriter html)
    {
        var closedAt = incident.ClosedAt is { } at ? HtmlWriter.Build(h => h.Append($" {clock.When(at)}")) : HtmlFragment.Empty;
        html.Append($"<li id=\"incident-{incident.Id}\" data-state=\"{incident.State}\"><div class=\"head\"><span class=\"badge b-muted\">{incident.State}</span>{Heading(incident)}<span class=\"when\">closed{closedAt}</span></div>");
        html.Append($"<div class=\"facts\"><span>Client <b>{incident.Client ?? "(unknown)"}</b></span><span>Priority <b>{incident.Priority ?? "unmapped"}</b></span><span>Ladder <b>{Ladder(incident)}</b></span><span>Acknowledged by <b>{incident.AcknowledgedBy ?? "nobody"}</b></span>{Reason(incident.ClosedReason)}</div></li>");
    }

    private static HtmlFragment Heading(IncidentView incident) => HtmlWriter.Build(html =>
        html.Append($"<span class=\"title\"><span class=\"ticket\">#{incident.TicketId}</span> <span class=\"summary\">{incident.Summary}</span></span>"));

    private static HtmlFragment StateBadge(IncidentView incident) => incident.State == nameof(IncidentState.Triggered)
        ? incident.Cause == IncidentCause.WaitingOnClient
            ? new("<span class=\"badge b-muted\">Waiting on client</span>")
            : incident.Paged.Count == 0 ? new("<span class=\"badge b-warn\">Watching</span>") : new("<span class=\"badge b-crit\">Paging</span>")
        : HtmlWriter.Build(html => html.Append($"<span class=\"badge b-info\">Acknowledged by {incident.AcknowledgedBy ?? "someone"}</span>"));

    private static HtmlFragment PriorityBadge(string? priority) => HtmlWriter.Build(html => html.Append(
        $"<span class=\"badge {(priority switch { "P1" => "b-crit", "P2" => "b-warn", null => "b-muted", _ => "b-info" })}\">{priority ?? "unmapped"}</span>"));

    /// <summary>"step 2 of 4 (p1-unassigned)"; before the first send, "not started, 4 steps (p1-unassigned)".</summary>
    private static string Ladder(IncidentView incident) => incident.CurrentStep is { } step
        ? $"step {step} of {incident.Steps} ({incident.Policy})"
        : $"not started, {incident.Steps} steps ({incident.Policy})";

    private string Paged(IncidentView incident) =>
        incident.Paged.Count == 0 ? "nobody yet" : string.Join(", ", incident.Paged.Select(m => people.FindPerson(m)?.Name ?? m));

    /// <summary>When the engine acts next: the next page while paging; the re-page after an acknowledgement timeout.</summary>
    private static HtmlFragment Next(IncidentView incident, StatusClock clock) => incident.NextDueAt is { } due
        ? HtmlWriter.Build(html => html.Append($"<span class=\"next\">{(incident.State == nameof(IncidentState.Triggered) ? "Next page" : "Pages again")} <b>{clock.When(due)}</b></span>"))
        : HtmlFragment.Empty;

    private static HtmlFragment Reason(string? reason) => string.IsNullOrEmpty(reason)
        ? HtmlFragment.Empty
        : HtmlWriter.Build(html => html.Append($"<span>{reason}</span>"));
}
