using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Ingest;
using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.Escalation;

/// <summary>
/// The seed ladders as shipped in <c>config/bridge.json</c>, minute by minute on a fake clock, over the real
/// on-call rotation: Tuesday 24 November 2026 at 02:00 in New York, when Dana Schmidt holds the after-hours week.
/// Dispatcher Farah Patel, service manager Gabriel Moreau, service director Helen Walker, tier 3 Chidi Okafor.
/// </summary>
public sealed class SeedLadderTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = OnCallFixtures.Ny(2026, 11, 24, 2);
    private readonly EscalationFixture _bridge = new(Start);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _bridge.DisposeAsync();

    [Fact]
    public void Rotation_OnTheNightOfTheTests_IsDanaSchmidt() =>
        Assert.Equal("dschmidt", _bridge.OnCall.WhoIsOnCall("after-hours", Start).Person?.Member);

    [Fact]
    public async Task P1Unassigned_NobodyAnswers_OnCallEveryFiveMinutesDispatcherAt15ManagerAt20DirectorAt30()
    {
        await _bridge.ChangeAsync(EscalationFixture.Ticket(501, entered: Start));
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(31));

        Assert.Equal(
            [
                "0 dschmidt", "5 dschmidt", "10 dschmidt", "15 dschmidt", "15 fpatel", "20 dschmidt", "20 gmoreau",
                "25 dschmidt", "30 fpatel", "30 hwalker",
            ],
            Sent());
    }

    [Fact]
    public async Task P1Unassigned_AcknowledgedAt32_NothingMoreUntilTheTwoHourThresholdMovesItToTier3()
    {
        await _bridge.ChangeAsync(EscalationFixture.Ticket(502, entered: Start));
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(32));
        var incident = Assert.Single(_bridge.Incidents.OpenForTicket(502));

        var ack = await _bridge.Actions.AcknowledgeAsync(incident.Key, "dschmidt", TimelineChannels.Link, CancellationToken.None);
        // She keeps logging work, so the acknowledgement never sits for 30 minutes.
        LogsWork(502, "dschmidt", 55, 80, 105);
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(87));
        var beforeThreshold = Sent();
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(Bridge.Worker.Escalation.Delivery.AckStatus.Acknowledged, ack.Status);
        Assert.Equal("30 hwalker", beforeThreshold[^1]);
        Assert.Equal(["120 cokafor", "120 fpatel"], Sent().Skip(beforeThreshold.Count).ToList());
        var moved = _bridge.Incidents.Get(incident.Id)!;
        Assert.Equal(("p1-tier3", IncidentState.Triggered), (moved.Policy, moved.State));
        Assert.Contains(_bridge.Timeline.ForIncident(incident.Key), e => e.Kind == TimelineKind.Escalated && e.Text.Contains("escalation threshold", StringComparison.Ordinal));
    }

    [Fact]
    public async Task P1Assigned_NoAcknowledgement_EngineerAt0And15ThenDispatcher30Manager45Director60()
    {
        await _bridge.ChangeAsync(EscalationFixture.Ticket(503, owner: "bruiz", entered: Start));
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(61));

        Assert.Equal(
            ["0 bruiz", "15 bruiz", "30 bruiz", "30 fpatel", "45 bruiz", "45 gmoreau", "60 hwalker"],
            Sent());
    }

    [Fact]
    public async Task P1Assigned_EngineerSetsInProgressInConnectWiseAt20_LadderStops()
    {
        var ticket = EscalationFixture.Ticket(504, owner: "bruiz", entered: Start);
        await _bridge.ChangeAsync(ticket);
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(20));

        await _bridge.ChangeAsync(ticket with { StatusName = "In Progress", UpdatedBy = "bruiz" }, TicketChangeKind.StatusChanged, "status", "New", "In Progress");
        LogsWork(504, "bruiz", 45, 70, 95);
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(100));

        Assert.Equal(["0 bruiz", "15 bruiz"], Sent().Where(s => int.Parse(s.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) < 120).ToList());
        var ack = Assert.Single(_bridge.Timeline.ForTicket(504), e => e.Kind == TimelineKind.Acknowledged);
        Assert.Equal(("bruiz", TimelineChannels.ConnectWise), (ack.PersonId, ack.Channel));
    }

    [Fact]
    public async Task P1Unassigned_AssignedAt7_MovesToTheAssignedLadderFromThatMinute()
    {
        var ticket = EscalationFixture.Ticket(505, entered: Start);
        await _bridge.ChangeAsync(ticket);
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(7));

        await _bridge.ChangeAsync(ticket with { OwnerIdentifier = "bruiz", Resources = ["bruiz"] }, TicketChangeKind.Assigned, "owner", null, "bruiz");
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(31));

        Assert.Equal(["0 dschmidt", "5 dschmidt", "7 bruiz", "22 bruiz", "37 bruiz", "37 fpatel"], Sent());
        var incident = Assert.Single(_bridge.Incidents.ForTicket(505));
        Assert.Equal(("p1-assigned", 2), (incident.Policy, incident.Ladder));
        Assert.Contains(_bridge.Timeline.ForIncident(incident.Key), e => e.Kind == TimelineKind.Replanned && e.Text.StartsWith("assigned to bruiz", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SecondIncident_OnCallBusyWithTheFirst_PassedOverWithAReasonAndTheNextInRotationPaged()
    {
        var first = await AcknowledgedAsync(EscalationFixture.Ticket(506, entered: Start), "dschmidt");
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(3));

        await _bridge.ChangeAsync(EscalationFixture.Ticket(507, company: "AcmeCorp", summary: "Firewall down", entered: Start.AddMinutes(3)));

        var second = Assert.Single(_bridge.Incidents.OpenForTicket(507));
        var skipped = Assert.Single(_bridge.Timeline.ForIncident(second.Key), e => e.Kind == TimelineKind.TargetSkipped);
        Assert.Equal("dschmidt", skipped.PersonId);
        Assert.Contains($"busy with incident {first.Id} (ticket #506", skipped.Text, StringComparison.Ordinal);
        Assert.Equal(["0 dschmidt", "3 ejohansson"], Sent());
    }

    [Fact]
    public async Task SecondIncident_SameClient_OnCallWorkingTheFirstIsPagedForItToo()
    {
        var first = await AcknowledgedAsync(EscalationFixture.Ticket(509, entered: Start), "dschmidt");
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(3));

        await _bridge.ChangeAsync(EscalationFixture.Ticket(510, summary: "File server down too", entered: Start.AddMinutes(3)));

        var second = Assert.Single(_bridge.Incidents.OpenForTicket(510));
        Assert.DoesNotContain(_bridge.Timeline.ForIncident(second.Key), e => e.Kind == TimelineKind.TargetSkipped);
        Assert.Equal(["0 dschmidt", "3 dschmidt"], Sent());
    }

    [Fact]
    public async Task NewIncident_EveryoneInTheLookaheadBusy_OnCallPagedAnywayWithTheReasons()
    {
        // Dana (on call) and the next three in the rotation each working another Acme ticket.
        string[] working = ["dschmidt", "ejohansson", "anguyen", "bruiz"];
        for (var i = 0; i < working.Length; i++)
        {
            await AcknowledgedAsync(EscalationFixture.Ticket(520 + i, company: "AcmeCorp", summary: $"Acme site {i} down", entered: Start), working[i]);
        }

        var before = Sent().Count;
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(2));
        await _bridge.ChangeAsync(EscalationFixture.Ticket(530, company: "ContosoLaw", summary: "Exchange down", entered: Start.AddMinutes(2)));

        var incident530 = Assert.Single(_bridge.Incidents.OpenForTicket(530));
        var skipped = _bridge.Timeline.ForIncident(incident530.Key).Where(e => e.Kind == TimelineKind.TargetSkipped).Select(e => e.Text).ToList();
        Assert.Equal(["2 dschmidt"], Sent().Skip(before).ToList());
        Assert.Equal(3, skipped.Count(t => t.Contains("next in the after-hours rotation, but busy", StringComparison.Ordinal)));
        Assert.Contains(skipped, t => t.Contains("nobody free among the next 3 people of the after-hours rotation, so Dana Schmidt, on call, is paged although busy with incident", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TicketClosedInConnectWise_ResolvesAndStops()
    {
        var ticket = EscalationFixture.Ticket(508, entered: Start);
        await _bridge.ChangeAsync(ticket);
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(6));

        await _bridge.ChangeAsync(ticket with { Closed = true, StatusName = "Closed", UpdatedBy = "dschmidt" }, TicketChangeKind.Closed, "closedFlag", "False", "True");
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(60));

        Assert.Equal(["0 dschmidt", "5 dschmidt"], Sent());
        var incident = Assert.Single(_bridge.Incidents.ForTicket(508));
        Assert.Equal(IncidentState.Resolved, incident.State);
        Assert.Null(incident.NextDueAt);
    }

    [Fact]
    public async Task PriorityLoweredToP4_CauseIsGone_Cancelled()
    {
        var ticket = EscalationFixture.Ticket(509, entered: Start);
        await _bridge.ChangeAsync(ticket);

        await _bridge.ChangeAsync(ticket with { PriorityName = "Priority 4 - Low" }, TicketChangeKind.PriorityChanged, "priority", "P1", "P4");
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(30));

        Assert.Equal(["0 dschmidt"], Sent());
        var incident = Assert.Single(_bridge.Incidents.ForTicket(509));
        Assert.Equal(IncidentState.Cancelled, incident.State);
        Assert.StartsWith("no longer needs anyone now: NextBusinessDay", incident.ClosedReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EscalateToNext_FromTheLink_PagesTheNextStepAtOnce()
    {
        await _bridge.ChangeAsync(EscalationFixture.Ticket(510, entered: Start));
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(2));
        var incident = Assert.Single(_bridge.Incidents.OpenForTicket(510));

        await _bridge.Actions.EscalateAsync(incident.Key, "dschmidt", TimelineChannels.Link, CancellationToken.None);
        await _bridge.CollectAsync();

        Assert.Equal(["0 dschmidt", "2 fpatel"], Sent());
    }

    [Fact]
    public async Task Resolve_WithMinutesAndNote_ClosesWithTheTimelineLineWriteBackNeeds()
    {
        await _bridge.ChangeAsync(EscalationFixture.Ticket(511, entered: Start));
        var incident = Assert.Single(_bridge.Incidents.OpenForTicket(511));

        await _bridge.Actions.ResolveAsync(incident.Key, "dschmidt", 35, "Rebooted the domain controller", TimelineChannels.Link, CancellationToken.None);
        var again = await _bridge.Actions.AcknowledgeAsync(incident.Key, "dschmidt", TimelineChannels.Link, CancellationToken.None);

        var resolved = Assert.Single(_bridge.Timeline.ForIncident(incident.Key), e => e.Kind == TimelineKind.Resolved);
        Assert.Equal(("dschmidt", 35, "Rebooted the domain controller"), (resolved.PersonId, resolved.MinutesWorked, resolved.Note));
        Assert.Equal(Bridge.Worker.Escalation.Delivery.AckStatus.NotFound, again.Status);
        Assert.Equal(IncidentState.Resolved, _bridge.Incidents.Get(incident.Id)!.State);
    }

    [Fact]
    public async Task WaitingOnClient_RemindTheResourceByEmailAt24hMailTheContactAt72hAskTheDispatcherAt96h()
    {
        var ticket = EscalationFixture.Ticket(512, company: "ContosoLaw", priority: "Priority 3 - Normal Response", owner: "anguyen", summary: "Shared drive mapping", entered: Start.AddDays(-2));
        await _bridge.ChangeAsync(ticket with { StatusName = "Waiting Client" }, TicketChangeKind.StatusChanged, "status", "In Progress", "Waiting Client");
        await _bridge.AdvanceAsync(TimeSpan.FromDays(5), TimeSpan.FromHours(1));

        var sent = _bridge.Pages(Start).Select(p => $"{p.Minute / 60:0}h {p.Member} {p.Kind}").ToList();
        Assert.Equal(["24h anguyen email", "96h fpatel email"], sent);
        Assert.StartsWith("Waiting on the client for 24 h", _bridge.Email.Sent[0].Page.Summary, StringComparison.Ordinal);
        var incident = Assert.Single(_bridge.Incidents.ForTicket(512));
        var notice = Assert.Single(_bridge.Timeline.ForIncident(incident.Key), e => e.Kind == TimelineKind.ClientNotice);
        Assert.Equal(("WaitingOnClient", Start.AddDays(3)), (notice.Note, notice.At));
    }

    [Fact]
    public async Task WaitingOnClient_ClientAnswersAt30h_StatusMovesOn_LadderStops()
    {
        var ticket = EscalationFixture.Ticket(513, company: "ContosoLaw", priority: "Priority 3 - Normal Response", owner: "anguyen", summary: "Shared drive mapping", entered: Start.AddDays(-2));
        await _bridge.ChangeAsync(ticket with { StatusName = "Waiting Client" }, TicketChangeKind.StatusChanged, "status", "In Progress", "Waiting Client");
        await _bridge.AdvanceAsync(TimeSpan.FromHours(30), TimeSpan.FromHours(1));

        await _bridge.ChangeAsync(ticket with { StatusName = "Customer Updated" }, TicketChangeKind.StatusChanged, "status", "Waiting Client", "Customer Updated");
        await _bridge.AdvanceAsync(TimeSpan.FromDays(4), TimeSpan.FromHours(1));

        Assert.Equal(["24h anguyen"], _bridge.Pages(Start).Select(p => $"{p.Minute / 60:0}h {p.Member}").ToList());
        var incident = Assert.Single(_bridge.Incidents.ForTicket(513));
        Assert.Equal(IncidentState.Cancelled, incident.State);
        Assert.DoesNotContain(_bridge.Timeline.ForIncident(incident.Key), e => e.Kind == TimelineKind.ClientNotice);
    }

    /// <summary>Opens the ticket's incident and has <paramref name="member"/> acknowledge it from the link.</summary>
    private async Task<Incident> AcknowledgedAsync(TicketSnapshot ticket, string member)
    {
        await _bridge.ChangeAsync(ticket);
        var incident = Assert.Single(_bridge.Incidents.OpenForTicket(ticket.Id));
        await _bridge.Actions.AcknowledgeAsync(incident.Key, member, TimelineChannels.Link, CancellationToken.None);
        return incident;
    }

    /// <summary>Notes by <paramref name="member"/> on the ticket at these minutes, as ConnectWise would show them.</summary>
    private void LogsWork(int ticketId, string member, params int[] minutes)
    {
        foreach (var minute in minutes)
        {
            _bridge.Work.Signs.Add((ticketId, new Bridge.Worker.Escalation.Engine.WorkSign(Start.AddMinutes(minute), "note", member)));
        }
    }

    private List<string> Sent() => _bridge.Pages(Start).Select(p => $"{p.Minute:0} {p.Member}").ToList();
}
