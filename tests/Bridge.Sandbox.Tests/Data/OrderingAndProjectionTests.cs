using System.Text.Json.Nodes;
using Bridge.Sandbox.Data;
using Bridge.Sandbox.Tests.Support;

namespace Bridge.Sandbox.Tests.Data;

public sealed class OrderingAndProjectionTests
{
    private static readonly Lazy<SandboxState> Data = new(() => TestStates.Seeded());

    [Theory]
    [InlineData(null, new[] { 1, 2, 3, 4, 5 })]
    [InlineData("id desc", new[] { 5, 4, 3, 2, 1 })]
    [InlineData("priority/sort desc, id asc", new[] { 4, 3, 2, 5, 1 })]
    [InlineData("priority/sort desc, id desc", new[] { 4, 3, 5, 2, 1 })]
    [InlineData("owner/identifier", new[] { 1, 5, 2, 3, 4 })]
    [InlineData("owner/identifier DESC", new[] { 4, 3, 2, 1, 5 })]
    [InlineData("board/name desc,status/name asc", new[] { 2, 3, 1, 4, 5 })]
    [InlineData("company/identifier asc, summary desc", new[] { 2, 3, 5, 4, 1 })]
    public void Query_OrderBy_SortsWithNullsFirstAndIdTieBreak(string? orderBy, int[] expected)
    {
        Assert.Equal(expected, TestStates.Matching(Data.Value, string.Empty, orderBy));
    }

    [Theory]
    [InlineData("colour asc", "colour is not a recognized name.")]
    [InlineData("id sideways", "Invalid orderBy direction 'sideways'")]
    [InlineData("id asc desc", "Invalid orderBy 'id asc desc'")]
    [InlineData("board", "Cannot order by board")]
    public void Query_InvalidOrderBy_IsRejected(string orderBy, string message)
    {
        var error = TestStates.Rejected(() => TestStates.Matching(Data.Value, string.Empty, orderBy));

        Assert.Equal(400, error.StatusCode);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_NestedFields_KeepsOnlyRequestedMembersInEntityOrder()
    {
        var ticket = Data.Value.GetTicket(2)!;

        var projected = FieldProjection.Parse("_info/lastUpdated, status/name,id,owner,nonexistent")!.Apply(ticket);

        Assert.Equal(["id", "status", "owner", "_info"], projected.Select(p => p.Key));
        Assert.Equal(["name"], projected["status"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["lastUpdated"], projected["_info"]!.AsObject().Select(p => p.Key));
        Assert.Equal("bruiz", (string)projected["owner"]!["identifier"]!);
        Assert.NotNull(projected["owner"]!["_info"]);
    }

    [Fact]
    public void Apply_PathIntoList_ProjectsEachElement()
    {
        var contact = Data.Value.Read(s => (JsonObject)s.Contacts.Find(1)!.DeepClone());

        var projected = FieldProjection.Parse("id,communicationItems/value")!.Apply(contact);

        var items = projected["communicationItems"]!.AsArray();
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Equal(["value"], i!.AsObject().Select(p => p.Key)));
    }

    [Fact]
    public void Query_Fields_ProjectsEveryRowOfThePage()
    {
        var state = Data.Value;

        var page = state.Query(state.Store.Tickets, new ListQuery(Fields: "id,summary", PageSize: 2, Page: 2), TicketKind.Service.Includes);

        Assert.Equal(5, page.Total);
        Assert.Equal([3, 4], TestStates.Ids(page.Items));
        Assert.All(page.Items, t => Assert.Equal(["id", "summary"], t.Select(p => p.Key)));
        Assert.True(page.HasMore);
    }
}
