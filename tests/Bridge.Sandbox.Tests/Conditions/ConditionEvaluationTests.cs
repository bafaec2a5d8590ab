using Bridge.Sandbox.Data;
using Bridge.Sandbox.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Sandbox.Tests.Conditions;

/// <summary>
/// The seeded tickets: 1 Northwind P1 New (no owner) · 2 Contoso P2 Assigned bruiz · 3 Fabrikam P3 In Progress cokafor ·
/// 4 Northwind P4 Waiting Client dschmidt · 5 Northwind P2 New on the Alerts board (no owner).
/// Ticket 3 is updated one hour after the others.
/// </summary>
public sealed class ConditionEvaluationTests
{
    private static readonly Lazy<SandboxState> Data = new(() =>
    {
        var time = new FakeTimeProvider(TestStates.Start);
        var state = TestStates.Seeded(time);
        time.Advance(TimeSpan.FromHours(1));
        state.UpdateTicket(3, t => t.Summary("POS terminal 3 slow at checkout (again)"));
        return state;
    });

    [Theory]
    [InlineData("id = 1", new[] { 1 })]
    [InlineData("id != 1", new[] { 2, 3, 4, 5 })]
    [InlineData("id < 2", new[] { 1 })]
    [InlineData("id <= 2", new[] { 1, 2 })]
    [InlineData("id > 4", new[] { 5 })]
    [InlineData("id >= 4", new[] { 4, 5 })]
    [InlineData("id = -1", new int[0])]
    [InlineData("summary = 'printer offline in EXAM ROOM 2'", new[] { 4 })]
    [InlineData("summary like 'Printer*'", new[] { 4 })]
    [InlineData("summary like '%disk SPACE%'", new[] { 5 })]
    [InlineData("summary like 'printer offline in exam room 2'", new[] { 4 })]
    [InlineData("summary not like '*printer*'", new[] { 1, 2, 3, 5 })]
    [InlineData("summary contains \"pos\"", new[] { 3 })]
    [InlineData("summary not contains 'o'", new int[0])]
    [InlineData("summary = \"Email not syncing on partners' phones\"", new[] { 2 })]
    [InlineData("summary = 'Email not syncing on partners'' phones'", new[] { 2 })]
    [InlineData("summary = 'Email not syncing on partners\\' phones'", new[] { 2 })]
    [InlineData("summary like '[Monitoring]*'", new[] { 5 })]
    [InlineData("company/identifier = \"NorthwindDental\"", new[] { 1, 4, 5 })]
    [InlineData("company/name contains 'law'", new[] { 2 })]
    [InlineData("board/name = 'Alerts'", new[] { 5 })]
    [InlineData("status/name in ('New', \"Assigned\")", new[] { 1, 2, 5 })]
    [InlineData("priority/id not in (1, 2)", new[] { 3, 4 })]
    [InlineData("priority/name like 'Priority 1*'", new[] { 1 })]
    [InlineData("owner = null", new[] { 1, 5 })]
    [InlineData("owner/identifier != null", new[] { 2, 3, 4 })]
    [InlineData("owner/identifier != 'bruiz'", new[] { 3, 4 })]
    [InlineData("type/name = 'Server' and subType/name = 'Outage'", new[] { 1 })]
    [InlineData("priority/id = 1 or priority/id = 2 and board/name = 'Alerts'", new[] { 1, 5 })]
    [InlineData("(priority/id = 1 or priority/id = 2) and board/name = 'Alerts'", new[] { 5 })]
    [InlineData("priority/id = 4 or (status/name = 'New' and (board/id = 1 or id = 5))", new[] { 1, 4, 5 })]
    [InlineData("PRIORITY/ID = 2 AND Board/Name = 'service desk'", new[] { 2 })]
    [InlineData("closedFlag = false and approved = TRUE", new[] { 1, 2, 3, 4, 5 })]
    [InlineData("closedFlag = true", new int[0])]
    [InlineData("lastUpdated > [2026-01-05T09:30:00Z]", new[] { 3 })]
    [InlineData("_info/lastUpdated <= [2026-01-05T09:00:00Z]", new[] { 1, 2, 4, 5 })]
    [InlineData("LastUpdated >= [2026-01-05T10:00:00Z] or id=1", new[] { 1, 3 })]
    [InlineData("dateEntered = [2026-01-05T09:00:00Z]", new[] { 1, 2, 3, 4, 5 })]
    [InlineData("_info/updatedBy = 'cwadmin' and contactEmailAddress like '*@contosolaw.example'", new[] { 2 })]
    public void Matching_Condition_SelectsExpectedTickets(string conditions, int[] expected)
    {
        Assert.Equal(expected, TestStates.Matching(Data.Value, conditions));
    }

    [Fact]
    public void ChildConditions_OnCommunicationItems_MatchWhenOneElementSatisfiesAll()
    {
        var state = Data.Value;
        var query = new ListQuery(ChildConditions: "communicationItems/value like '*@contosolaw.example' AND communicationItems/communicationType = 'Email'");

        var contacts = state.Query(state.Store.Contacts, query).Items;

        Assert.Equal(["Priya", "Tom"], contacts.Select(c => (string)c["firstName"]!));
    }

    [Fact]
    public void ChildConditions_AcrossTwoElements_DoNotMatch()
    {
        var state = Data.Value;
        var query = new ListQuery(ChildConditions: "communicationItems/value like '*@contosolaw.example' and communicationItems/communicationType = 'Phone'");

        Assert.Empty(state.Query(state.Store.Contacts, query).Items);
    }

    [Fact]
    public void CustomFieldConditions_OnCompanies_MatchCaptionAndValue()
    {
        var state = Data.Value;
        var query = new ListQuery(CustomFieldConditions: "caption = 'Support Contract' and value = 'AfterHoursBillable'");

        var companies = state.Query(state.Store.Companies, query).Items;

        Assert.Equal(["ContosoLaw"], companies.Select(c => (string)c["identifier"]!));
    }
}
