using Bridge.Worker.Kernel;
using Bridge.Worker.WriteBack;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.StatusPage.Sections;

/// <summary>
/// Write-back at a glance: how many writes to ConnectWise wait in each outbox state, how many were made in the
/// last day, how long the oldest pending one has waited, and each parked record with the error ConnectWise gave
/// (parked records are never retried: a person has to look).
/// </summary>
internal sealed class OutboxSection(OutboxStore store, IOptionsMonitor<BridgeModeOptions> mode) : IStatusSection
{
    /// <summary>Records listed per state; the counts are always complete.</summary>
    private const int ListedPerState = 10;

    public string Id => "outbox";

    public string Title => "Write-back outbox";

    public StatusColumn Column => StatusColumn.Side;

    public int Order => 200;

    public ValueTask<StatusSectionResult> WriteAsync(StatusClock clock, HtmlWriter html, CancellationToken cancellationToken)
    {
        var report = OutboxReport.Build(store, mode.CurrentValue.Mode, ListedPerState);
        var sentToday = store.SentSince(clock.Now.AddHours(-24));
        if (report.Counts.Values.Sum() == 0)
        {
            html.Append($"<p class=\"empty\">Nothing written to ConnectWise yet. When an incident is paged, acknowledged, escalated or resolved, its notes, time entries and status changes queue here until ConnectWise has them.</p>");
            return ValueTask.FromResult(new StatusSectionResult(StatusLevel.Ok, "empty"));
        }

        html.Append($"<ul class=\"counts\">");
        foreach (var state in OutboxReport.Listed)
        {
            var count = Count(report, state);
            html.Append($"<li class=\"{(count > 0 ? CountClass(state) : "zero")}\" data-state=\"{state}\"><b>{count}</b> {state.ToString().ToLowerInvariant()}</li>");
        }

        html.Append($"<li data-state=\"Sent\"><b>{sentToday}</b> sent in 24 h</li></ul>");
        if (report.Mode == BridgeMode.Shadow)
        {
            html.Append($"<p class=\"muted\">Shadow mode: nothing is written to ConnectWise; shadowed records are what would have been written.</p>");
        }

        if (report.Records.Where(r => r.State == OutboxState.Pending).MinBy(r => r.CreatedAt) is { } oldest)
        {
            html.Append($"<p class=\"muted\">Oldest pending: ticket #{oldest.TicketId}, waiting {RelativeTime.Amount(clock.Now - oldest.CreatedAt)} (since {clock.When(oldest.CreatedAt)}).</p>");
        }

        var parked = report.Records.Where(r => r.State == OutboxState.Parked).ToList();
        if (parked.Count > 0)
        {
            html.Append($"<ul class=\"checks parked\">");
            foreach (var record in parked)
            {
                html.Append($"<li id=\"outbox-{record.Id}\"><span class=\"dot lvl-crit\"></span><span class=\"title\">#{record.Id} {record.Kind} for ticket #{record.TicketId}</span> <span class=\"badge b-crit\">parked</span><span class=\"detail\">{record.Summary} · {PublicText.Mask(record.LastError ?? record.Outcome)}</span></li>");
            }

            html.Append($"</ul>");
        }

        return ValueTask.FromResult(Result(report));
    }

    private static StatusSectionResult Result(OutboxReport report)
    {
        var parked = Count(report, OutboxState.Parked);
        var retrying = Count(report, OutboxState.Failed) + Count(report, OutboxState.Unknown);
        var waiting = retrying + Count(report, OutboxState.Pending) + Count(report, OutboxState.Sending);
        var shadow = report.Mode == BridgeMode.Shadow ? " · shadow mode" : "";
        if (parked > 0)
        {
            return new StatusSectionResult(
                StatusLevel.Critical,
                $"{parked} parked{shadow}",
                parked == 1 ? "1 write parked: ConnectWise refused it and it will not be retried" : $"{parked} writes parked: ConnectWise refused them and they will not be retried");
        }

        return retrying > 0
            ? new StatusSectionResult(StatusLevel.Warning, $"{retrying} retrying{shadow}")
            : new StatusSectionResult(StatusLevel.Ok, $"{waiting} waiting{shadow}");
    }

    private static int Count(OutboxReport report, OutboxState state) => report.Counts.TryGetValue(state, out var count) ? count : 0;

    private static string CountClass(OutboxState state) => state switch
    {
        OutboxState.Parked => "lvl-crit",
        OutboxState.Failed or OutboxState.Unknown => "lvl-warn",
        _ => "some",
    };
}
