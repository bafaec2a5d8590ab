using System.Text.Json.Nodes;
using Bridge.Sandbox.Data;
using Bridge.Sandbox.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Sandbox.Tests.Data;

public sealed class TimeEntryTests
{
    private const string Api = SandboxState.ApiMemberIdentifier;

    [Theory]
    [InlineData("2026-01-05T10:00:00.000Z")]
    [InlineData("2026-01-05T10:00:00")]
    [InlineData("2026-01-05T10:00:00+01:00")]
    [InlineData("2026-01-05 10:00:00Z")]
    [InlineData("05/01/2026 10:00")]
    public void CreateTimeEntryCore_StartNotInWireFormat_IsUnsupportedFormat(string timeStart)
    {
        var error = TestStates.Rejected(() => TestStates.Seeded().CreateTimeEntryCore(Entry(1, timeStart), Api));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("UnsupportedFormat", error.Code);
        Assert.Equal("timeStart", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public void CreateTimeEntryCore_EndWithMilliseconds_IsUnsupportedFormat()
    {
        var body = Entry(1, "2026-01-05T10:00:00Z", "2026-01-05T10:30:00.5Z");

        var error = TestStates.Rejected(() => TestStates.Seeded().CreateTimeEntryCore(body, Api));

        Assert.Equal("UnsupportedFormat", error.Code);
        Assert.Equal("timeEnd", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public void CreateTimeEntryCore_WithoutStart_IsMissingRequiredField()
    {
        var body = new JsonObject { ["chargeToId"] = 1, ["chargeToType"] = "ServiceTicket" };

        var error = TestStates.Rejected(() => TestStates.Seeded().CreateTimeEntryCore(body, Api));

        var item = Assert.Single(error.Errors);
        Assert.Equal(("MissingRequiredField", "timeStart"), (item.Code, item.Field));
    }

    [Fact]
    public void CreateTimeEntryCore_EndBeforeStart_IsInvalidTimeEnd()
    {
        var error = TestStates.Rejected(() =>
            TestStates.Seeded().CreateTimeEntryCore(Entry(1, "2026-01-05T10:00:00Z", "2026-01-05T09:59:59Z"), Api));

        Assert.Equal("InvalidObject", error.Code);
        Assert.Equal("timeEnd", Assert.Single(error.Errors).Field);
    }

    [Theory]
    [InlineData("Closed")]
    [InlineData("Completed")]
    public void CreateTimeEntryCore_TicketInStatusWithoutTime_IsTimeEntryApiError(string status)
    {
        var state = TestStates.Seeded();
        state.UpdateTicket(1, t => t.Status(status));

        var error = TestStates.Rejected(() => state.CreateTimeEntryCore(Entry(1, "2026-01-05T10:00:00Z"), Api));

        Assert.Equal("TimeEntryApi", error.Code);
        Assert.Contains($"'{status}'", error.Message, StringComparison.Ordinal);
        Assert.Empty(state.TimeEntries(1));
    }

    [Fact]
    public void CreateTimeEntryCore_UnknownTicket_IsInvalidChargeToId()
    {
        var error = TestStates.Rejected(() => TestStates.Seeded().CreateTimeEntryCore(Entry(99, "2026-01-05T10:00:00Z"), Api));

        Assert.Equal("chargeToId", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public void CreateTimeEntryCore_ZeroLengthEntry_IsStoredAndFoundByChargeToConditions()
    {
        var state = TestStates.Seeded();

        var entry = state.CreateTimeEntryCore(Entry(5, "2026-01-05T10:00:00Z", "2026-01-05T10:00:00Z"), Api);
        var found = state.Query(state.Store.TimeEntries, new ListQuery(Conditions: "chargeToId=5 and chargeToType=\"ServiceTicket\"")).Items;

        Assert.Equal(0m, (decimal)entry["actualHours"]!);
        Assert.Equal("NorthwindDental", (string)entry["company"]!["identifier"]!);
        Assert.Equal(5, (int)entry["ticket"]!["id"]!);
        Assert.Equal(Api, (string)entry["member"]!["identifier"]!);
        Assert.Equal("Regular", (string)entry["workType"]!["name"]!);
        Assert.Equal([(int)entry["id"]!], TestStates.Ids(found));
    }

    [Fact]
    public void AddTimeEntry_TwoEntries_SumIntoTicketActualHoursAndStampTheTicket()
    {
        var time = new FakeTimeProvider(TestStates.Start);
        var state = TestStates.Seeded(time);
        var start = new DateTimeOffset(2026, 1, 5, 22, 0, 0, TimeSpan.Zero);

        state.AddTimeEntry(3, start, start.AddMinutes(45), "cokafor", "Replaced the disk");
        time.Advance(TimeSpan.FromMinutes(10));
        var second = state.AddTimeEntry(3, start.AddHours(1), start.AddHours(2), "cokafor");

        Assert.Equal(1m, (decimal)second["actualHours"]!);
        Assert.Equal(1m, (decimal)second["hoursBilled"]!);
        Assert.Equal(2, state.TimeEntries(3).Count);
        var ticket = state.GetTicket(3)!;
        Assert.Equal(1.75m, (decimal)ticket["actualHours"]!);
        Assert.Equal("cokafor", (string)ticket["_info"]!["updatedBy"]!);
        Assert.Equal("2026-01-05T09:10:00Z", (string)ticket["_info"]!["lastUpdated"]!);
    }

    [Fact]
    public void UpdateTimeEntryCore_PatchEnd_RecomputesHours()
    {
        var state = TestStates.Seeded();
        var id = (int)state.CreateTimeEntryCore(Entry(1, "2026-01-05T10:00:00Z", "2026-01-05T10:30:00Z"), Api)["id"]!;

        var updated = state.UpdateTimeEntryCore(id, e => JsonPatch.Apply(e, TestStates.Ops(("replace", "timeEnd", "2026-01-05T12:00:00Z")), Schemas.TimeEntry), Api);

        Assert.Equal(2m, (decimal)updated["actualHours"]!);
        Assert.Equal(2m, (decimal)state.GetTicket(1)!["actualHours"]!);
    }

    private static JsonObject Entry(int ticketId, string timeStart, string? timeEnd = null) => new()
    {
        ["chargeToId"] = ticketId,
        ["chargeToType"] = "ServiceTicket",
        ["timeStart"] = timeStart,
        ["timeEnd"] = timeEnd,
    };
}
