using Bridge.Worker.Ingest;
using Bridge.Worker.Kernel;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.StatusPage.Sections;

/// <summary>The latest ticket changes the bridge saw, newest first, and the path each came by (callback, poll, fetch).</summary>
internal sealed class TicketChangesSection(
    TicketChangeStore changes,
    IOptionsMonitor<StatusPageOptions> options,
    IOptionsMonitor<IngestOptions> ingest) : IStatusSection
{
    public string Id => "changes";

    public string Title => "Recent ticket changes";

    public StatusColumn Column => StatusColumn.Main;

    public int Order => 400;

    public ValueTask<StatusSectionResult> WriteAsync(StatusClock clock, HtmlWriter html, CancellationToken cancellationToken)
    {
        var recent = changes.Recent(options.CurrentValue.TicketChanges);
        if (recent.Count == 0)
        {
            html.Append($"<p class=\"empty\">No ticket changes seen yet. ConnectWise callbacks arrive as tickets change; the poller also sweeps every {RelativeTime.Amount(ingest.CurrentValue.PollInterval)}.</p>");
            return ValueTask.FromResult(StatusSectionResult.Plain);
        }

        html.Append($"<ol class=\"rows changes\">");
        foreach (var change in recent)
        {
            html.Append($"<li><span class=\"when\">{clock.When(change.ObservedAt)}</span><span><span class=\"ticket\">#{change.TicketId}</span> <span class=\"summary\">{change.Ticket.Summary}</span><br><span class=\"what\">{Describe(change)}{Company(change)}</span></span>{Via(change.Source)}</li>");
        }

        html.Append($"</ol>");
        return ValueTask.FromResult(new StatusSectionResult(StatusLevel.None, $"last {recent.Count}"));
    }

    private static HtmlFragment Describe(TicketChange change) => HtmlWriter.Build(html =>
    {
        switch (change.Kind)
        {
            case TicketChangeKind.Created:
                html.Append($"<b>created</b> · {change.Ticket.PriorityName ?? "no priority"}{(change.Ticket.StatusName is { } status ? $" · {status}" : "")}");
                break;
            case TicketChangeKind.Assigned:
                html.Append($"<b>assigned</b> to {change.NewValue}");
                break;
            case TicketChangeKind.Unassigned:
                html.Append($"<b>unassigned</b> from {change.OldValue}");
                break;
            case TicketChangeKind.Closed or TicketChangeKind.Reopened:
                html.Append($"<b>{(change.Kind == TicketChangeKind.Closed ? "closed" : "reopened")}</b>");
                break;
            case TicketChangeKind.Updated:
                html.Append($"<b>updated</b>{(string.IsNullOrEmpty(change.Field) ? "" : $" ({change.Field})")}");
                break;
            default:
                html.Append($"<b>{change.Field}</b> {change.OldValue ?? "–"} → {change.NewValue ?? "–"}");
                break;
        }
    });

    private static HtmlFragment Company(TicketChange change) =>
        (change.Ticket.CompanyName ?? change.Ticket.CompanyIdentifier) is { } company
            ? HtmlWriter.Build(html => html.Append($" · {company}"))
            : HtmlFragment.Empty;

    private static HtmlFragment Via(ChangeSource source) => source switch
    {
        ChangeSource.Callback => new("<span class=\"badge b-ok\" title=\"a signed ConnectWise callback\">callback</span>"),
        ChangeSource.Poll => new("<span class=\"badge b-muted\" title=\"the poller's lastUpdated sweep\">poll</span>"),
        ChangeSource.Boundary => new("<span class=\"badge b-muted\" title=\"decided again at a business-hours boundary\">hours</span>"),
        _ => new("<span class=\"badge b-info\" title=\"fetched by id after a callback\">fetch</span>"),
    };
}
