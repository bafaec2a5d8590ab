using System.Net;
using System.Text.Json;
using Bridge.Integration.Tests.Support;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.WriteBack;

namespace Bridge.Integration.Tests.WriteBack;

/// <summary>Status writes: a person's change in ConnectWise wins; a status name ConnectWise does not know stops write-back with the key named.</summary>
public sealed class StatusWriteTests : WriteBackTestBase
{
    private TimelineEntry Acknowledged(int minutes = 5) => new()
    {
        IncidentId = "inc-status",
        TicketId = TicketId,
        Kind = TimelineKind.Acknowledged,
        At = Night.AddMinutes(minutes),
        PersonId = "anguyen",
        PersonName = "Anh Nguyen",
        Channel = "sms",
    };

    [Fact]
    public async Task Acknowledged_StatusChangedByAPersonAfterTheBridgeReadTheTicket_KeptAndTheTimelineSaysWhy()
    {
        await using var bridge = await StartBridgeAsync();
        Sandbox.State.UpdateTicket(TicketId, t => t.Status("Waiting Client"), "fpatel");

        bridge.Write([Acknowledged()]);
        await bridge.DriveUntilSettledAsync(2);

        var writes = Writes;
        Assert.Equal("Waiting Client", writes.StatusName);
        Assert.DoesNotContain("status", writes.AcceptedWrites());
        var status = Assert.Single(bridge.Outbox.ForTicket(TicketId), r => r.Kind == OutboxKind.Status);
        Assert.Equal(OutboxState.Skipped, status.State);
        var line = Assert.Single(bridge.TimelineView.ForTicket(TicketId), e => e.Kind == TimelineKind.WriteBack && e.Result == "skipped");
        Assert.Contains("'Waiting Client'", line.Text, StringComparison.Ordinal);
        Assert.Contains("changed in ConnectWise after the bridge last read the ticket (then 'New')", line.Text, StringComparison.Ordinal);
        Assert.Contains("'In Progress' was not set", line.Text, StringComparison.Ordinal);
        Assert.Single(writes.Notes);
    }

    [Fact]
    public async Task Acknowledged_StatusUnchangedSinceTheBridgeRead_MappedStatusSet()
    {
        await using var bridge = await StartBridgeAsync();

        bridge.Write([Acknowledged()]);
        await bridge.DriveUntilSettledAsync(2);

        Assert.Equal("In Progress", Writes.StatusName);
        Assert.Contains(bridge.TimelineView.ForTicket(TicketId), e => e.Kind == TimelineKind.WriteBack && e.Result == "applied" && e.Text.Contains("'New' to 'In Progress'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownStatusName_ReadinessUnhealthyNamingTheKey_AndNothingIsWritten()
    {
        await using var bridge = await WriteBackBridge.StartAsync(Sandbox, Dir, Clock,
            new Dictionary<string, string?> { ["WriteBack:Statuses:Service Desk:Acknowledged"] = "In Progres" }, waitForTargets: false);
        await bridge.DriveUntilAsync(() => bridge.Targets.Problems.Count > 0, "the name check");

        bridge.Write([Acknowledged()]);
        await bridge.DriveUntilAsync(() => bridge.Outbox.OpenRecords().Count == 2, "records planned");
        Clock.Advance(TimeSpan.FromMinutes(1));
        await Task.Delay(200);
        var ready = await bridge.Host.Http.GetAsync("/health/ready");
        var check = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("checks").GetProperty("writeback");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", check.GetProperty("status").GetString());
        Assert.Contains("WriteBack:Statuses:Service Desk:Acknowledged: 'In Progres' is not a status of board 'Service Desk'", check.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(Writes.AcceptedWrites());
        Assert.All(bridge.Outbox.ForTicket(TicketId), r => Assert.Equal(OutboxState.Pending, r.State));
    }
}
