using System.Diagnostics.Metrics;
using Bridge.Worker.Escalation.Delivery;
using Bridge.Worker.Escalation.Engine;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Ingest;
using Bridge.Worker.Routing;
using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.Escalation;

/// <summary>
/// The delivery stage over the shipped configuration, with the test playing its lanes: a page handed over is sent by its
/// channel's lane, and one whose incident was acknowledged while it waited is not sent at all. 02:00 in New York.
/// </summary>
public sealed class DeliveryLanesTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Start = OnCallFixtures.Ny(2026, 11, 24, 2);
    private readonly EscalationFixture _bridge = new(Start);

    [Fact]
    public async Task StepHandedOver_LaneSendsItAndCompletesTheStep()
    {
        var incident = await OpenWithoutDeliveringAsync(601);
        Assert.Empty(_bridge.Sms.Sent);
        Assert.Equal(1, _bridge.Get<PageQueue>().CountPending());

        await _bridge.Get<DeliveryLanes>().RunAllPendingAsync(CancellationToken.None);

        Assert.Equal("dschmidt", Assert.Single(_bridge.Sms.Sent).To.PersonId);
        Assert.Equal(["dschmidt"], _bridge.Incidents.Get(incident.Id)!.Paged);
        Assert.Contains(_bridge.Timeline.ForIncident(incident.Key), e => e.Kind == TimelineKind.StepCompleted && e.Text == "step 1 reached Dana Schmidt");
    }

    [Fact]
    public async Task IncidentAcknowledgedWhileThePageWaited_NotSentAndTheStepSaysWhy()
    {
        var incident = await OpenWithoutDeliveringAsync(602);

        await _bridge.Actions.AcknowledgeAsync(incident.Key, "dschmidt", TimelineChannels.Link, CancellationToken.None);
        await _bridge.Get<DeliveryLanes>().RunAllPendingAsync(CancellationToken.None);

        Assert.Empty(_bridge.Sms.Sent);
        Assert.Equal(0, _bridge.Get<PageQueue>().CountPending());
        Assert.Contains(_bridge.Timeline.ForIncident(incident.Key), e => e.Kind == TimelineKind.StepCompleted
            && e.Text == "step 1: its pages were not sent, the incident was acknowledged meanwhile");
    }

    [Fact]
    public async Task StepToTwoPeopleReachedBoth_FirstPageLatencyOnceFromTheOpeningAndEachPageCounted()
    {
        await using var bridge = new EscalationFixture(Start, new Dictionary<string, string?>
        {
            ["Escalation:Policies:p1-unassigned:Steps:0:Targets:1"] = "member:fpatel",
        });
        using var meters = new TestMeters(bridge.Get<IMeterFactory>());
        await OpenWithoutDeliveringAsync(bridge, 603);
        bridge.Time.Advance(TimeSpan.FromSeconds(42));

        await bridge.Get<DeliveryLanes>().RunAllPendingAsync(CancellationToken.None);

        Assert.Equal(2, bridge.Sms.Sent.Count + bridge.Email.Sent.Count);
        Assert.Equal([42.0], meters.Values("bridge.page.first_latency"));
        Assert.Equal(2, meters.Sum("bridge.pages", ("result", "sent")));
    }

    /// <summary>Routes and escalates a P1 as the stages would, leaving its first page with delivery.</summary>
    private Task<Incident> OpenWithoutDeliveringAsync(int id) => OpenWithoutDeliveringAsync(_bridge, id);

    private static async Task<Incident> OpenWithoutDeliveringAsync(EscalationFixture bridge, int id)
    {
        var ticket = EscalationFixture.Ticket(id, entered: Start) with { LastUpdated = Start };
        var change = new TicketChange($"{id}:created", id, TicketChangeKind.Created, "", null, null, ticket, ChangeSource.Poll, Start, Start);
        var decision = await bridge.Get<ITicketRouter>().RouteAsync(ticket, CancellationToken.None);
        await bridge.Engine.HandleAsync(change, decision, CancellationToken.None);
        return Assert.Single(bridge.Incidents.OpenForTicket(id));
    }

    public ValueTask DisposeAsync() => _bridge.DisposeAsync();
}
