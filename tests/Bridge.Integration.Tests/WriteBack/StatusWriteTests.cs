using System.Net;
using System.Text.Json;
using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.WriteBack;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Integration.Tests.WriteBack;

/// <summary>Status writes: a person's change in ConnectWise wins; a status name ConnectWise does not know stops write-back with the key named.</summary>
public sealed class StatusWriteTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Night = new(2026, 3, 3, 7, 10, 0, TimeSpan.Zero);
    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _clock = new(Night);
    private SandboxServer _sandbox = null!;
    private int _ticketId;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync();
        _ticketId = (int)_sandbox.State.CreateTicket("ContosoLaw", "Phones down", t => t.Priority(1).Owner("anguyen"))["id"]!;
    }

    private TimelineEntry Acknowledged(int minutes = 5) => new()
    {
        IncidentId = "inc-status",
        TicketId = _ticketId,
        Kind = TimelineKind.Acknowledged,
        At = Night.AddMinutes(minutes),
        PersonId = "anguyen",
        PersonName = "Anh Nguyen",
        Channel = "sms",
    };

    [Fact]
    public async Task Acknowledged_StatusChangedByAPersonAfterTheBridgeReadTheTicket_KeptAndTheTimelineSaysWhy()
    {
        await using var bridge = await WriteBackBridge.StartAsync(_sandbox, _dir, _clock);
        _sandbox.State.UpdateTicket(_ticketId, t => t.Status("Waiting Client"), "fpatel");

        bridge.Write([Acknowledged()]);
        await bridge.DriveUntilSettledAsync(2);

        var writes = new TicketWrites(_sandbox, _ticketId);
        Assert.Equal("Waiting Client", writes.StatusName);
        Assert.DoesNotContain("status", writes.AcceptedWrites());
        var status = Assert.Single(bridge.Outbox.ForTicket(_ticketId), r => r.Kind == OutboxKind.Status);
        Assert.Equal(OutboxState.Skipped, status.State);
        var line = Assert.Single(bridge.Timeline.ForTicket(_ticketId), e => e.Kind == TimelineKind.WriteBack && e.Result == "skipped");
        Assert.Contains("'Waiting Client'", line.Text, StringComparison.Ordinal);
        Assert.Contains("changed in ConnectWise after the bridge last read the ticket (then 'New')", line.Text, StringComparison.Ordinal);
        Assert.Contains("'In Progress' was not set", line.Text, StringComparison.Ordinal);
        Assert.Single(writes.Notes);
    }

    [Fact]
    public async Task Acknowledged_StatusUnchangedSinceTheBridgeRead_MappedStatusSet()
    {
        await using var bridge = await WriteBackBridge.StartAsync(_sandbox, _dir, _clock);

        bridge.Write([Acknowledged()]);
        await bridge.DriveUntilSettledAsync(2);

        Assert.Equal("In Progress", new TicketWrites(_sandbox, _ticketId).StatusName);
        Assert.Contains(bridge.Timeline.ForTicket(_ticketId), e => e.Kind == TimelineKind.WriteBack && e.Result == "applied" && e.Text.Contains("'New' to 'In Progress'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownStatusName_ReadinessUnhealthyNamingTheKey_AndNothingIsWritten()
    {
        await using var bridge = await WriteBackBridge.StartAsync(_sandbox, _dir, _clock,
            new Dictionary<string, string?> { ["WriteBack:Statuses:Service Desk:Acknowledged"] = "In Progres" }, waitForTargets: false);
        await bridge.DriveUntilAsync(() => bridge.Targets.Problems.Count > 0, "the name check");

        bridge.Write([Acknowledged()]);
        await bridge.DriveUntilAsync(() => bridge.Outbox.OpenRecords().Count == 2, "records planned");
        _clock.Advance(TimeSpan.FromMinutes(1));
        await Task.Delay(200);
        var ready = await bridge.Host.Http.GetAsync("/health/ready");
        var check = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("checks").GetProperty("writeback");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", check.GetProperty("status").GetString());
        Assert.Contains("WriteBack:Statuses:Service Desk:Acknowledged: 'In Progres' is not a status of board 'Service Desk'", check.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(new TicketWrites(_sandbox, _ticketId).AcceptedWrites());
        Assert.All(bridge.Outbox.ForTicket(_ticketId), r => Assert.Equal(OutboxState.Pending, r.State));
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}
