using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Escalation.Timeline;
using Microsoft.Extensions.DependencyInjection;
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

    [Fact]
    public async Task WorkTheClientScheduledAfterHours_ResolvedAt0200_BilledAtTheNormalRate()
    {
        // Contoso bills after-hours work at ×1.5, but this work the client scheduled for 02:00: the normal rate.
        // The required date reaches routing through the running service's poll, not a hand-built ticket.
        var ticketId = (int)_sandbox.State.CreateTicket("ContosoLaw", "Firmware upgrade of the core switch", t => t
            .Priority(1).Owner("cokafor").Status("Scheduled").Set("requiredDate", "2026-03-03T07:00:00Z"))["id"]!;
        await using var bridge = await WriteBackBridge.StartAsync(_sandbox, _dir, _clock);
        var decision = bridge.Decisions(ticketId)[^1];
        Assert.Equal("normal", decision.Billing);
        Assert.Contains(decision.Reasons, r => r.StartsWith("[scheduled]", StringComparison.Ordinal));

        bridge.Write([new TimelineEntry
        {
            IncidentId = "inc-scheduled", TicketId = ticketId, Kind = TimelineKind.Resolved, At = TwoAm,
            PersonId = "cokafor", PersonName = "Chidi Okafor", MinutesWorked = 35,
        }]);
        await bridge.DriveUntilSettledAsync(3);

        var entry = Assert.Single(new TicketWrites(_sandbox, ticketId).TimeEntries);
        Assert.Equal(("Regular", "cokafor"), ((string)entry["workType"]!["name"]!, (string)entry["member"]!["identifier"]!));
    }

    [Theory]
    [InlineData(false, "Regular", "Mismatch")]
    [InlineData(true, "After Hours", "Corrected")]
    public async Task TechnicianLogs35MinutesAt0200AsRegular_OnAnAfterHoursBillableContract_ReportedOrCorrected(bool correct, string workTypeAfter, string verdict)
    {
        var ticketId = (int)_sandbox.State.CreateTicket("ContosoLaw", "Server down", t => t.Priority(1).Owner("cokafor"))["id"]!;
        await using var bridge = await WriteBackBridge.StartAsync(_sandbox, _dir, _clock, new Dictionary<string, string?> { ["WriteBack:TimeEntries:Correct"] = correct ? "true" : "false" });
        var entryId = await TechnicianTime.PostAsync(_sandbox, ticketId, TwoAm, "Regular");

        var reviews = await bridge.Host.App.Services.GetRequiredService<Bridge.Worker.WriteBack.TimeEntries.TimeEntryReviewer>().ReviewOnceAsync(CancellationToken.None);
        // The correction is the outbox's to write.
        await bridge.DriveUntilSettledAsync(correct ? 1 : 0);
        var listed = await bridge.Host.Http.GetStringAsync("/time-entries/review");

        var review = Assert.Single(reviews, r => r.Id == entryId);
        Assert.Equal((verdict, "after-hours ×1.5", "After Hours"), (review.Verdict.ToString(), review.Billing, review.ExpectedWorkType));
        Assert.Equal(workTypeAfter, (string)_sandbox.State.TimeEntries(ticketId).Single(e => (int)e["id"]! == entryId)["workType"]!["name"]!);
        Assert.Contains($"\"id\":{entryId}", listed, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}
