using Bridge.Sandbox.Data;
using Bridge.Sandbox.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Sandbox.Tests.Data;

/// <summary>
/// The queries the bridge's service-desk report sends, in the text it sends them: closed in a day within SLA, carry-over,
/// pending, the pipe (budget hours) and a day's time entries, answered as ConnectWise would.
/// </summary>
public sealed class ServiceDeskQueryTests
{
    private const string Day = "closedDate >= [2026-01-06T05:00:00Z] and closedDate < [2026-01-07T05:00:00Z]";

    private readonly FakeTimeProvider _clock = new(TestStates.Start);
    private readonly SandboxState _state;
    private readonly int _inSla;
    private readonly int _missed;
    private readonly int _openWithBudget;
    private readonly int _closedNextDay;

    public ServiceDeskQueryTests()
    {
        // Seeded on 2026-01-05 09:00Z with five open service tickets; four more entered then.
        _state = TestStates.Seeded(_clock);
        _inSla = Create("Closed in SLA");
        _missed = Create("Closed late");
        _openWithBudget = Create("Budgeted", t => t.Set("budgetHours", 6));
        _closedNextDay = Create("Closed the next day");
        _clock.SetUtcNow(new DateTimeOffset(2026, 1, 6, 15, 0, 0, TimeSpan.Zero));
        _state.UpdateTicket(_inSla, t => t.Status("Closed"));
        _state.UpdateTicket(_missed, t => t.Status("Closed"));
        _state.MissSla(_missed);
        _state.AddTimeEntry(_openWithBudget, At(6, 14), At(6, 16), "anguyen", "No Charge", "NoCharge");
        _clock.SetUtcNow(new DateTimeOffset(2026, 1, 7, 15, 0, 0, TimeSpan.Zero));
        _state.UpdateTicket(_closedNextDay, t => t.Status("Closed"));
    }

    [Fact]
    public void Count_ClosedInTheDayWithinSla_OnlyTheTicketStillInSla()
    {
        Assert.Equal(2, Count("closedFlag = true and " + Day));
        Assert.Equal(1, Count("closedFlag = true and " + Day + " and isInSla = true"));
        Assert.Equal([_inSla], TestStates.Matching(_state, "closedFlag = true and " + Day + " and isInSla = true"));
    }

    [Fact]
    public void MissSla_Ticket_IsInSlaFalseAndStamped()
    {
        var ticket = _state.GetTicket(_missed)!;

        Assert.False(JsonValues.GetBool(ticket["isInSla"]));
        Assert.Equal("2026-01-06T15:00:00Z", JsonValues.GetString(ticket["_info"]?["lastUpdated"]));
    }

    [Fact]
    public void Count_CarryOver_EnteredBeforeTheDayAndOpenAtItsEnd()
    {
        // The five seeded tickets and the budgeted one are open; the fourth closed after the day ended.
        var carryOver = "dateEntered < [2026-01-06T05:00:00Z] and (closedFlag = false or closedDate >= [2026-01-07T05:00:00Z])";

        Assert.Equal(7, Count(carryOver));
        Assert.Contains(_closedNextDay, TestStates.Matching(_state, carryOver));
        Assert.DoesNotContain(_inSla, TestStates.Matching(_state, carryOver));
    }

    [Fact]
    public void Query_Pipe_OpenTicketsWithBudgetAndTheirLoggedHours()
    {
        var pipe = _state.Query(_state.Store.Tickets,
            new ListQuery(Conditions: "closedFlag = false and budgetHours > 0", Fields: "id,budgetHours,actualHours", PageSize: 1000),
            TicketKind.Service.Includes).Items;

        var ticket = Assert.Single(pipe);
        Assert.Equal(_openWithBudget, EntityCollection.IdOf(ticket));
        Assert.Equal(6m, JsonValues.TryGetDecimal(ticket["budgetHours"], out var budget) ? budget : -1);
        Assert.Equal(2m, JsonValues.TryGetDecimal(ticket["actualHours"], out var actual) ? actual : -1);
        Assert.Equal(["id", "budgetHours", "actualHours"], ticket.Select(p => p.Key));
    }

    [Fact]
    public void Query_TimeEntriesOfTheDay_WorkTypeAndBillingAsLogged()
    {
        var entries = _state.Query(_state.Store.TimeEntries, new ListQuery(
            Conditions: "timeStart >= [2026-01-06T05:00:00Z] and timeStart < [2026-01-07T05:00:00Z]",
            Fields: "id,member/identifier,member/name,chargeToType,workType/name,billableOption,actualHours,hoursBilled",
            PageSize: 1000)).Items;

        var entry = Assert.Single(entries);
        Assert.Equal("anguyen", JsonValues.GetString(entry["member"]?["identifier"]));
        Assert.Equal("No Charge", JsonValues.GetString(entry["workType"]?["name"]));
        Assert.Equal("NoCharge", JsonValues.GetString(entry["billableOption"]));
        Assert.True(JsonValues.TryGetDecimal(entry["hoursBilled"], out var billed) && billed == 0m);
        Assert.True(JsonValues.TryGetDecimal(entry["actualHours"], out var hours) && hours == 2m);
    }

    [Fact]
    public void AddTimeEntry_UnknownWorkType_IsRefusedAsConnectWiseWould()
    {
        var error = TestStates.Rejected(() => _state.AddTimeEntry(_openWithBudget, At(6, 10), At(6, 11), "anguyen", "Teleportation", "Billable"));

        Assert.Equal(400, error.StatusCode);
    }

    [Fact]
    public void Count_IsInSlaComparedWithANumber_IsRefusedLikeConnectWise()
    {
        var error = TestStates.Rejected(() => Count("isInSla = 1"));

        Assert.Equal(400, error.StatusCode);
    }

    private static DateTimeOffset At(int day, int hour) => new(2026, 1, day, hour, 0, 0, TimeSpan.Zero);

    private int Create(string summary, Action<TicketChange>? configure = null) =>
        EntityCollection.IdOf(_state.CreateTicket("NorthwindDental", summary, configure));

    private int Count(string conditions) =>
        _state.Count(_state.Store.Tickets, new ListQuery(Conditions: conditions), TicketKind.Service.Includes);
}
