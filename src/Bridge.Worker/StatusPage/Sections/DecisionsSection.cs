using Bridge.Worker.Ingest;
using Bridge.Worker.Kernel;
using Bridge.Worker.Routing;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.StatusPage.Sections;

/// <summary>
/// The latest routing decisions, newest first: what was decided for which ticket and client, under which
/// policy and billing, under which configuration version, and the chain of reasons that led there (all reasons with their config keys folded).
/// </summary>
internal sealed class DecisionsSection(
    RoutingDecisionRepository decisions,
    TicketStateStore tickets,
    IOptionsMonitor<StatusPageOptions> options) : IStatusSection
{
    public string Id => "decisions";

    public string Title => "Routing decisions";

    public StatusColumn Column => StatusColumn.Main;

    public int Order => 300;

    public ValueTask<StatusSectionResult> WriteAsync(StatusClock clock, HtmlWriter html, CancellationToken cancellationToken)
    {
        var latest = decisions.Latest(options.CurrentValue.Decisions);
        if (latest.Count == 0)
        {
            html.Append($"<p class=\"empty\">No routing decisions yet. Each new ticket, and each change of priority, status or owner, is routed and shows here with its reasons.</p>");
            return ValueTask.FromResult(StatusSectionResult.Plain);
        }

        html.Append($"<ol class=\"rows decisions\">");
        foreach (var decision in latest)
        {
            WriteDecision(decision, tickets.Get(decision.TicketId), clock, html);
        }

        html.Append($"</ol>");
        var paging = latest.Count(d => d.Disposition == nameof(Disposition.PageNow));
        return ValueTask.FromResult(new StatusSectionResult(StatusLevel.None, $"last {latest.Count}{(paging > 0 ? $" · {paging} paged" : "")}"));
    }

    private static void WriteDecision(RoutingDecisionRecord decision, TicketSnapshot? ticket, StatusClock clock, HtmlWriter html)
    {
        var reasons = decision.Reasons.Select(ReasonText.Parse).ToList();
        var deciding = ReasonText.Deciding(reasons);
        var rowClass = decision.Disposition == nameof(Disposition.PageNow) ? "page-now" : "";
        html.Append($"<li class=\"{rowClass}\"><div class=\"head\">{Badge(decision.Disposition)}<span class=\"title\"><span class=\"ticket\">#{decision.TicketId}</span> <span class=\"summary\">{ticket?.Summary ?? "(ticket not in the state file)"}</span></span><span class=\"when\">{clock.When(decision.RecordedAt)}</span></div>");
        html.Append($"<div class=\"facts\"><span>Client <b>{ticket?.CompanyName ?? decision.Client ?? "(default)"}</b></span><span>Contract <b>{decision.Contract}</b></span><span>Priority <b>{decision.PriorityLevel ?? "unmapped"}</b>{(decision.Emergency ? " emergency" : "")}</span><span>Policy <b>{decision.EscalationPolicy}</b></span><span>Billing <b>{decision.Billing}</b></span>{Configuration(decision, clock)}</div>");
        if (deciding.Count > 0)
        {
            html.Append($"<p class=\"why\">");
            for (var i = 0; i < deciding.Count; i++)
            {
                html.Append($"{(i > 0 ? new HtmlFragment("<span class=\"arrow\">→</span>") : HtmlFragment.Empty)}{deciding[i].Brief(clock)}");
            }

            html.Append($"</p>");
        }

        html.Append($"<details id=\"decision-{decision.Id}-reasons\"><summary>All {reasons.Count} reasons with their configuration keys</summary><ol>");
        foreach (var reason in reasons)
        {
            html.Append($"<li>{reason.Text}{(reason.ConfigKey is { Length: > 0 } key ? HtmlWriter.Build(h => h.Append($" <code>{key}</code>")) : HtmlFragment.Empty)}</li>");
        }

        html.Append($"</ol></details></li>");
    }

    /// <summary>The configuration version the decision was made under (none on decisions stored before versions were kept).</summary>
    private static HtmlFragment Configuration(RoutingDecisionRecord decision, StatusClock clock) =>
        decision.ConfigVersion is { } version
            ? HtmlWriter.Build(h => h.Append($"<span>Config <b>{version}</b>{(decision.ConfigAppliedAt is { } applied ? HtmlWriter.Build(a => a.Append($" applied {clock.When(applied)}")) : HtmlFragment.Empty)}</span>"))
            : HtmlFragment.Empty;

    private static HtmlFragment Badge(string disposition) => disposition switch
    {
        nameof(Disposition.PageNow) => new("<span class=\"badge b-crit\">Page now</span>"),
        nameof(Disposition.NextBusinessDay) => new("<span class=\"badge b-warn\">Next business day</span>"),
        nameof(Disposition.BusinessHours) => new("<span class=\"badge b-info\">Business hours</span>"),
        _ => HtmlWriter.Build(html => html.Append($"<span class=\"badge b-muted\">{disposition}</span>")),
    };
}
