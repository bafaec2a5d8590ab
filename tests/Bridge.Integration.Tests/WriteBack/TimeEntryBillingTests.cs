using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Escalation.Timeline;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Integration.Tests.WriteBack;

/// <summary>The time a technician logs gets the work type and billing of the ticket's routing decision.</summary>
public sealed class TimeEntryBillingTests : IAsyncLifetime
{
    // Tuesday 02:00 in New York.
    private static readonly DateTimeOffset TwoAm = new(2026, 3, 3, 7, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _clock = new(TwoAm);
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await SandboxServer.StartAsync();

    [Theory]
    [InlineData("ContosoLaw", "after-hours", "After Hours", "Billable")]
    [InlineData("NorthwindDental", "included", "No Charge", "NoCharge")]
    public async Task Resolved35MinutesAt0200_EntryGetsTheContractsWorkTypeAndBilling(string company, string billing, string workType, string billableOption)
    {
        var ticketId = (int)_sandbox.State.CreateTicket(company, "Server down", t => t.Priority(1).Owner("cokafor"))["id"]!;
        await using var bridge = await WriteBackBridge.StartAsync(_sandbox, _dir, _clock);
        Assert.StartsWith(billing, bridge.Decisions(ticketId)[^1].Billing, StringComparison.Ordinal);

        bridge.Write([new TimelineEntry
        {
            IncidentId = "inc-billing", TicketId = ticketId, Kind = TimelineKind.Resolved, At = TwoAm,
            PersonId = "cokafor", PersonName = "Chidi Okafor", MinutesWorked = 35,
        }]);
        await bridge.DriveUntilSettledAsync(3);

        var entry = Assert.Single(new TicketWrites(_sandbox, ticketId).TimeEntries);
        Assert.Equal((workType, billableOption, "cokafor"), ((string)entry["workType"]!["name"]!, (string)entry["billableOption"]!, (string)entry["member"]!["identifier"]!));
        Assert.Equal(("2026-03-03T06:25:00Z", "2026-03-03T07:00:00Z"), ((string)entry["timeStart"]!, (string)entry["timeEnd"]!));
        Assert.Equal(0.58m, (decimal)entry["actualHours"]!);
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}
