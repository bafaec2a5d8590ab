using Bridge.Worker.Escalation.Engine;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Ingest;
using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.Escalation;

/// <summary>
/// Re-alert after an acknowledgement sits, on the shipped P1 policies (30 min): Beatriz Ruiz owns a P1 entered at 02:00
/// on Tuesday 24 November 2026 in New York and acknowledges it at 02:05. With no note, time entry or status change by a
/// person in ConnectWise by 02:35 she is paged again, and the assigned ladder resumes 5 minutes later.
/// </summary>
public sealed class ReAlertTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Start = OnCallFixtures.Ny(2026, 11, 24, 2);
    private readonly EscalationFixture _bridge = new(Start);

    [Fact]
    public async Task AcknowledgedAndNoWorkFor30Minutes_AcknowledgerPagedAgainThenTheLadderResumes()
    {
        var incident = await AcknowledgedAt5Async(901);

        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(66));

        Assert.Equal(["35 bruiz", "40 bruiz", "55 bruiz", "70 bruiz", "70 fpatel"], SentFrom(6));
        var again = _bridge.Pages(Start).First(p => p.Minute == 35).Page;
        Assert.StartsWith("Re-alert: acknowledged by Beatriz Ruiz at 02:05, and no note, time entry or status change in ConnectWise for 30 min — ", again.Summary, StringComparison.Ordinal);
        Assert.Equal(IncidentState.Triggered, _bridge.Incidents.Get(incident.Id)!.State);
        Assert.Contains(_bridge.Timeline.ForIncident(incident.Key), e => e.Kind == TimelineKind.Replanned
            && e.Text.EndsWith(": paging Beatriz Ruiz again, the ladder resumes in 5 min", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ANoteAt20_MovesTheCheckTo50()
    {
        var incident = await AcknowledgedAt5Async(902);
        _bridge.Work.Signs.Add((902, new WorkSign(Start.AddMinutes(20), "note", "bruiz")));

        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(44));
        Assert.Equal([], SentFrom(6));
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(["50 bruiz"], SentFrom(6));
        Assert.Contains(_bridge.Timeline.ForIncident(incident.Key), e => e.Text == "work seen in ConnectWise: note by bruiz at 02:20; next check at 02:50");
    }

    [Fact]
    public async Task AStatusChangeByAPersonAt25_CountsAsWork()
    {
        var ticket = EscalationFixture.Ticket(903, owner: "bruiz", entered: Start);
        await AcknowledgedAt5Async(903);
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(20));

        await _bridge.ChangeAsync(ticket with { StatusName = "Assigned", UpdatedBy = "bruiz" }, TicketChangeKind.StatusChanged, "status", "In Progress", "Assigned");
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(25));

        Assert.Empty(SentFrom(6));
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(11));
        Assert.Equal(["55 bruiz", "60 bruiz"], SentFrom(6));
    }

    [Fact]
    public async Task ConnectWiseCannotSay_ReAlertsAndTheLineSaysWhy()
    {
        var incident = await AcknowledgedAt5Async(904);
        _bridge.Work.Unreachable = true;

        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(31));

        Assert.Equal(["35 bruiz"], SentFrom(6));
        Assert.Contains(_bridge.Timeline.ForIncident(incident.Key), e => e.Kind == TimelineKind.Replanned
            && e.Text.Contains("no sign of work known for 30 min (ConnectWise could not be asked (HttpRequestException))", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AcknowledgedAgainAfterTheReAlert_QuietForAnother30Minutes()
    {
        var incident = await AcknowledgedAt5Async(905);
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(31));

        await _bridge.Actions.AcknowledgeAsync(incident.Key, "bruiz", TimelineChannels.Link, CancellationToken.None);
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(29));

        Assert.Equal(["35 bruiz"], SentFrom(6));
    }

    /// <summary>A P1 owned by Beatriz Ruiz, paged at 02:00 and acknowledged by her through the link at 02:05.</summary>
    private async Task<Incident> AcknowledgedAt5Async(int id)
    {
        await _bridge.ChangeAsync(EscalationFixture.Ticket(id, owner: "bruiz", entered: Start));
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(5));
        var incident = Assert.Single(_bridge.Incidents.OpenForTicket(id));
        await _bridge.Actions.AcknowledgeAsync(incident.Key, "bruiz", TimelineChannels.Link, CancellationToken.None);
        return incident;
    }

    private List<string> SentFrom(int minute) =>
        _bridge.Pages(Start).Where(p => p.Minute >= minute).Select(p => $"{p.Minute:0} {p.Member}").ToList();

    public ValueTask DisposeAsync() => _bridge.DisposeAsync();
}
