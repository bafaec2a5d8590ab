using System.Net;
using System.Text.Json.Nodes;
using Bridge.Sandbox.Tests.Support;

namespace Bridge.Sandbox.Tests.Api;

/// <summary>2,500 tickets (no sample data) paged over real HTTP.</summary>
public sealed class PagingTests : IClassFixture<PagingTests.Fixture>
{
    private readonly Fixture _fixture;

    public PagingTests(Fixture fixture) => _fixture = fixture;

    private HttpClient Client => _fixture.Client;

    [Fact]
    public async Task List_FollowingNextLinks_VisitsEveryTicketOnceInOrder()
    {
        var ids = new List<int>();
        var url = "service/tickets?conditions=closedFlag%20%3D%20false&fields=id,summary&pageSize=1000";
        var pages = 0;
        while (url is not null)
        {
            using var response = await Client.GetAsync(url);
            var page = (await response.JsonAsync())!.AsArray();
            ids.AddRange(page.Select(t => (int)t!["id"]!));
            Assert.All(page, t => Assert.Equal(["id", "summary"], t!.AsObject().Select(p => p.Key)));
            response.Links().TryGetValue("next", out url);
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(1, 2500), ids);
    }

    [Fact]
    public async Task List_FirstPage_LinksFirstNextLastWithOtherParametersKept()
    {
        using var response = await Client.GetAsync("service/tickets?conditions=id%20%3E%20100&pageSize=1000&orderBy=id%20desc");
        var links = response.Links();
        var page = (await response.JsonAsync())!.AsArray();

        Assert.Equal(["first", "next", "last"], links.Keys);
        var baseUrl = _fixture.Server.ApiBaseAddress + "service/tickets?conditions=id%20%3E%20100&pageSize=1000&orderBy=id%20desc";
        Assert.Equal(baseUrl + "&page=1", links["first"]);
        Assert.Equal(baseUrl + "&page=2", links["next"]);
        Assert.Equal(baseUrl + "&page=3", links["last"]);
        Assert.Equal(2500, (int)page[0]!["id"]!);
        Assert.Equal(1000, page.Count);
    }

    [Fact]
    public async Task List_LastPage_HasPrevButNoNext()
    {
        using var response = await Client.GetAsync("service/tickets?page=3&pageSize=1000");
        var links = response.Links();

        Assert.Equal(500, (await response.JsonAsync())!.AsArray().Count);
        Assert.Equal(["first", "prev", "last"], links.Keys);
        Assert.EndsWith("?pageSize=1000&page=2", links["prev"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_PastTheEnd_ReturnsEmptyArray()
    {
        using var response = await Client.GetAsync("service/tickets?page=9&pageSize=1000");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[]", await response.Content.ReadAsStringAsync());
        Assert.False(response.Links().ContainsKey("next"));
    }

    [Theory]
    [InlineData("service/tickets", 25)]
    [InlineData("service/tickets?pageSize=5000", 1000)]
    [InlineData("service/tickets?pageSize=7&page=2", 7)]
    public async Task List_PageSize_DefaultsTo25AndIsCappedAt1000(string url, int expected)
    {
        using var response = await Client.GetAsync(url);

        Assert.Equal(expected, (await response.JsonAsync())!.AsArray().Count);
    }

    [Fact]
    public async Task List_NonNumericPage_Returns400()
    {
        using var response = await Client.GetAsync("service/tickets?page=two");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Count_WithConditions_CountsMatches()
    {
        var all = await (await Client.GetAsync("service/tickets/count")).JsonAsync();
        var some = await (await Client.GetAsync("service/tickets/count?conditions=priority/id=1")).JsonAsync();

        Assert.Equal(2500, (int)all!["count"]!);
        Assert.Equal(625, (int)some!["count"]!);
    }

    [Fact]
    public async Task Search_PostedConditions_FilterAndOrderLikeTheQueryString()
    {
        using var response = await Client.PostJsonAsync("service/tickets/search?pageSize=3&fields=id",
            "{\"conditions\":\"priority/id = 2 and summary like 'Sample ticket 1*'\",\"orderBy\":\"id desc\"}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([1998, 1994, 1990], (await response.JsonAsync())!.AsArray().Select(t => (int)t!["id"]!));
    }

    [Fact]
    public async Task List_BadCondition_Returns400ApiFindCondition()
    {
        using var response = await Client.GetAsync("service/tickets?conditions=invoiceDate%20%3E%20%5B2026-01-01T00:00:00Z%5D");
        var body = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(("ApiFindCondition", "invoiceDate is not a recognized name."), ((string)body!["code"]!, (string)body["message"]!));
    }

    [Fact]
    public async Task List_ForwardOnly_FollowsPageIdUntilLinkIsEmpty()
    {
        var ids = new List<int>();
        var url = "service/tickets?pageSize=1000&fields=id";
        string? lastLink = null;
        for (var guard = 0; url is not null && guard < 10; guard++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Add("pagination-type", "forward-only");
            using var response = await Client.SendAsync(request);
            ids.AddRange((await response.JsonAsync())!.AsArray().Select(t => (int)t!["id"]!));
            lastLink = response.Headers.TryGetValues("Link", out var values) ? string.Join(",", values) : null;
            url = response.Links().TryGetValue("next", out var next) ? next : null;
        }

        Assert.Equal(Enumerable.Range(1, 2500), ids);
        Assert.Equal(string.Empty, lastLink);
    }

    [Fact]
    public async Task List_ForwardOnly_LinkIsOnlyNextWithThePageIdOfTheLastRowAndKeepsTheOtherParameters()
    {
        using var response = await ForwardOnlyAsync("service/tickets?conditions=priority/id%3D2&pageSize=100&fields=id");
        var ids = (await response.JsonAsync())!.AsArray().Select(t => (int)t!["id"]!).ToList();
        var links = response.Links();

        Assert.Equal(Enumerable.Range(0, 100).Select(i => 2 + (4 * i)), ids);
        Assert.Equal(["next"], links.Keys);
        Assert.Equal(_fixture.Server.ApiBaseAddress + "service/tickets?conditions=priority/id%3D2&pageSize=100&fields=id&pageId=398", links["next"]);
    }

    [Fact]
    public async Task List_ForwardOnly_FollowingNextKeepsTheConditionsToAnEmptyLink()
    {
        var ids = new List<int>();
        var pages = new List<int>();
        string? url = "service/tickets?pageSize=200&conditions=priority/id%20%3D%202&fields=id";
        string? lastLink = null;
        for (var guard = 0; url is not null && guard < 10; guard++)
        {
            using var response = await ForwardOnlyAsync(url);
            var page = (await response.JsonAsync())!.AsArray().Select(t => (int)t!["id"]!).ToList();
            ids.AddRange(page);
            pages.Add(page.Count);
            lastLink = string.Join(",", response.Headers.GetValues("Link"));
            url = response.Links().TryGetValue("next", out var next) ? next : null;
            Assert.True(url is null || url.Contains("conditions=priority/id%20%3D%202", StringComparison.Ordinal), url);
            Assert.True(url is null || url.EndsWith($"&pageId={page[^1]}", StringComparison.Ordinal), url);
        }

        Assert.Equal([200, 200, 200, 25], pages);
        Assert.Equal(Enumerable.Range(0, 625).Select(i => 2 + (4 * i)), ids);
        Assert.Equal(string.Empty, lastLink);
    }

    [Fact]
    public async Task List_ForwardOnly_IgnoresPageAndEndsWithAnEmptyLinkWhenTheLastPageIsFull()
    {
        using var first = await ForwardOnlyAsync("service/tickets?page=5&pageId=2490&pageSize=5&fields=id");
        using var last = await ForwardOnlyAsync("service/tickets?pageId=2495&pageSize=5&fields=id");

        Assert.Equal([2491, 2492, 2493, 2494, 2495], (await first.JsonAsync())!.AsArray().Select(t => (int)t!["id"]!));
        Assert.EndsWith("?pageSize=5&fields=id&pageId=2495", first.Links()["next"], StringComparison.Ordinal);
        Assert.Equal([2496, 2497, 2498, 2499, 2500], (await last.JsonAsync())!.AsArray().Select(t => (int)t!["id"]!));
        Assert.Equal(string.Empty, Assert.Single(last.Headers.GetValues("Link")));
    }

    [Fact]
    public async Task List_ForwardOnlyWithOrderBy_Returns400()
    {
        using var response = await ForwardOnlyAsync("service/tickets?orderBy=id%20desc&pageSize=10");
        var body = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("orderBy", (string)body!["message"]!, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Link"));
    }

    private async Task<HttpResponseMessage> ForwardOnlyAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("pagination-type", "forward-only");
        return await Client.SendAsync(request);
    }

    public sealed class Fixture : IAsyncLifetime
    {
        public SandboxServer Server { get; private set; } = null!;

        public HttpClient Client { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Server = await SandboxServer.StartAsync(new SandboxOptions { SeedSampleData = false });
            Server.State.AddCompany("Acme", "Acme Corp");
            Server.State.AddBoard("Service Desk");
            Server.State.AddBoardStatus("Service Desk", "New", isDefault: true);
            for (var p = 1; p <= 4; p++)
            {
                Server.State.AddPriority($"Priority {p}", p);
            }

            Server.State.CreateTickets(2500, (i, t) => t.Priority(i % 4 + 1));
            Client = Server.CreateApiClient();
        }

        public async Task DisposeAsync()
        {
            Client.Dispose();
            await Server.DisposeAsync();
        }
    }
}
