using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Ingest;
using Bridge.Worker.StatusPage;
using Bridge.Worker.StatusPage.Sections;
using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.StatusPage;

/// <summary>
/// The incidents block over a real state file, with incidents made by the escalation engine on the shipped seed
/// ladders: Tuesday 24 November 2026 at 02:00 in New York, Dana Schmidt on call, Farah Patel the dispatcher.
/// </summary>
public sealed class IncidentsSectionTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = OnCallFixtures.Ny(2026, 11, 24, 2);
    private readonly EscalationFixture _bridge = new(Start);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _bridge.DisposeAsync();

    [Fact]
    public async Task WriteAsync_NoIncidentsYet_TellsANewcomerWhatWillShowHere()
    {
        var (html, result) = await RenderAsync();

        Assert.Contains("No incidents yet.", html, StringComparison.Ordinal);
        Assert.Contains("who is being paged, which step of the escalation ladder", html, StringComparison.Ordinal);
        Assert.Equal(StatusLevel.Ok, result.Level);
        Assert.Null(result.Attention);
    }

    [Fact]
    public async Task WriteAsync_P1PagingPastItsFirstStep_RowShowsLadderPositionWhoWasPagedAndTheNextPage()
    {
        var incident = await OpenP1Async(601, "Exchange down for the whole office");
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(16));

        var (html, result) = await RenderAsync();

        Assert.Contains($"<li id=\"incident-{incident.Id}\" data-state=\"Triggered\"><div class=\"head\"><span class=\"badge b-crit\">Paging</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"ticket\">#601</span> <span class=\"summary\">Exchange down for the whole office</span>", html, StringComparison.Ordinal);
        Assert.Contains("Client <b>NorthwindDental</b>", html, StringComparison.Ordinal);
        Assert.Contains("Priority <span class=\"badge b-crit\">P1</span>", html, StringComparison.Ordinal);
        Assert.Contains("Ladder <b>step 2 of 4 (p1-unassigned)</b>", html, StringComparison.Ordinal);
        Assert.Contains("Paged <b>Dana Schmidt, Farah Patel</b>", html, StringComparison.Ordinal);
        Assert.Contains("Next page <b><time datetime=\"2026-11-24T07:20:00Z\" title=\"Tue 24 Nov 2026 02:20:00 EST\">02:20</time> <span class=\"rel\">in 4 min</span></b>", html, StringComparison.Ordinal);
        Assert.Equal((StatusLevel.Critical, "1 incident paging"), (result.Level, result.Attention));
    }

    [Fact]
    public async Task WriteAsync_TwoPagingOneAcknowledged_CriticalCountsBothAndNamesWhoAcknowledged()
    {
        await OpenP1Async(611, "Firewall down");
        await OpenP1Async(612, "Phones down");
        var acknowledged = await OpenP1Async(613, "VPN down");
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(2));
        await _bridge.Actions.AcknowledgeAsync(acknowledged.Key, "dschmidt", TimelineChannels.Link, CancellationToken.None);

        var (html, result) = await RenderAsync();

        Assert.Contains($"<li id=\"incident-{acknowledged.Id}\" data-state=\"Acknowledged\"><div class=\"head\"><span class=\"badge b-info\">Acknowledged by Dana Schmidt</span>", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("data-state=\"Triggered\"").Length - 1);
        Assert.Equal((StatusLevel.Critical, "2 paging · 1 acknowledged", "2 incidents paging"), (result.Level, result.Note, result.Attention));
    }

    [Fact]
    public async Task WriteAsync_OnlyAcknowledgedOpen_WarningWithoutAnAttentionLine()
    {
        var incident = await OpenP1Async(621, "Server down");
        await _bridge.Actions.AcknowledgeAsync(incident.Key, "dschmidt", TimelineChannels.Link, CancellationToken.None);

        var (html, result) = await RenderAsync();

        Assert.DoesNotContain("data-state=\"Triggered\"", html, StringComparison.Ordinal);
        Assert.Equal((StatusLevel.Warning, "1 acknowledged", (string?)null), (result.Level, result.Note, result.Attention));
    }

    [Fact]
    public async Task WriteAsync_TicketClosedInConnectWise_IncidentFoldedUnderClosedWithItsReason()
    {
        var incident = await OpenP1Async(631, "Database server down");
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(3));
        await _bridge.ChangeAsync(EscalationFixture.Ticket(631, summary: "Database server down", entered: Start) with { Closed = true, StatusName = "Closed" }, TicketChangeKind.Closed);

        var (html, result) = await RenderAsync();

        Assert.Contains("No open incidents: nobody is being paged.", html, StringComparison.Ordinal);
        Assert.Contains("<details id=\"incidents-closed\" class=\"closed\"><summary>Last 1 closed</summary>", html, StringComparison.Ordinal);
        Assert.Contains($"<li id=\"incident-{incident.Id}\" data-state=\"Resolved\">", html, StringComparison.Ordinal);
        Assert.Contains("ticket closed in ConnectWise", html, StringComparison.Ordinal);
        Assert.Equal(StatusLevel.Ok, result.Level);
    }

    [Fact]
    public async Task WriteAsync_TicketSummaryWithMarkup_ShownAsEncodedText()
    {
        await OpenP1Async(641, "<img src=x onerror=alert(1)> Exchange & \"mail\" down");

        var (html, _) = await RenderAsync();

        Assert.Contains("<span class=\"summary\">&lt;img src=x onerror=alert(1)&gt; Exchange &amp; &quot;mail&quot; down</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
    }

    private async Task<Incident> OpenP1Async(int ticketId, string summary)
    {
        await _bridge.ChangeAsync(EscalationFixture.Ticket(ticketId, summary: summary, entered: _bridge.Time.GetUtcNow()));
        return Assert.Single(_bridge.Incidents.OpenForTicket(ticketId));
    }

    private Task<(string Html, StatusSectionResult Result)> RenderAsync() =>
        SectionRender.RenderAsync(new IncidentsSection(_bridge.Incidents, _bridge.OnCall), _bridge.Time.GetUtcNow());
}
