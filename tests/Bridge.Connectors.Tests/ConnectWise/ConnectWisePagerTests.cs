using System.Net;
using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.ConnectWise.Models;
using Bridge.Connectors.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bridge.Connectors.Tests.ConnectWise;

public sealed class ConnectWisePagerTests
{
    /// <summary>A server listing tickets 1..total, pageSize per page, with ConnectWise-style absolute Link headers.</summary>
    private static Task<LoopbackServer> TicketServerAsync(int total, Func<int, string?>? nextOverride = null, int? failOnPage = null)
    {
        LoopbackServer? self = null;
        var task = LoopbackServer.StartAsync(async ctx =>
        {
            var page = int.Parse(ctx.Request.Query["page"].FirstOrDefault() ?? "1", System.Globalization.CultureInfo.InvariantCulture);
            var size = int.Parse(ctx.Request.Query["pageSize"].FirstOrDefault() ?? "25", System.Globalization.CultureInfo.InvariantCulture);
            if (page == failOnPage)
            {
                ctx.Response.StatusCode = 500;
                await ctx.Response.WriteAsync("""{"code":"ConnectWiseApi","message":"page failed"}""");
                return;
            }

            var ids = Enumerable.Range((page - 1) * size + 1, Math.Max(0, Math.Min(size, total - (page - 1) * size))).ToList();
            var baseUrl = new Uri(self!.BaseUri, "v4_6_release/apis/3.0/service/tickets");
            var next = nextOverride is not null ? nextOverride(page)
                : page * size < total ? $"{baseUrl}?conditions=closedFlag%3Dfalse&pageSize={size}&page={page + 1}&marker=server-made" : null;
            var links = new List<string> { $"<{baseUrl}?pageSize={size}&page=1>; rel=\"first\"" };
            if (next is not null)
            {
                links.Add($"<{next}>; rel=\"next\"");
            }

            ctx.Response.Headers["Link"] = string.Join(", ", links);
            ctx.Response.ContentType = "application/json";
            await ctx.Response.WriteAsync("[" + string.Join(",", ids.Select(i => $$"""{"id":{{i}}}""")) + "]");
        });
        return task.ContinueWith(t => self = t.Result, TaskScheduler.Default);
    }

    private static ServiceProvider Host(LoopbackServer server, int pageSize)
    {
        var options = TestOptions.For(server.ApiBase);
        options.PageSize = pageSize;
        return ConnectWiseHost.Build(options);
    }

    private static async Task<List<int>> AllIdsAsync(ServiceProvider sp)
    {
        var api = sp.GetRequiredService<IConnectWiseApi>();
        var pager = sp.GetRequiredService<ConnectWisePager>();
        var ids = new List<int>();
        await foreach (var ticket in pager.EnumerateAsync<Ticket>((size, ct) => api.GetTicketsAsync(conditions: "closedFlag=false", page: 1, pageSize: size, cancellationToken: ct)))
        {
            ids.Add(ticket.Id!.Value);
        }

        return ids;
    }

    [Fact]
    public async Task EnumerateAsync_ThreePages_FollowsNextLinksVerbatimWithAuth()
    {
        await using var server = await TicketServerAsync(total: 5);
        await using var sp = Host(server, pageSize: 2);

        var ids = await AllIdsAsync(sp);

        Assert.Equal([1, 2, 3, 4, 5], ids);
        var requests = server.Requests.ToList();
        Assert.Equal(3, requests.Count);
        Assert.Equal("/v4_6_release/apis/3.0/service/tickets?conditions=closedFlag%3Dfalse&page=1&pageSize=2", requests[0].PathAndQuery);
        Assert.Equal("/v4_6_release/apis/3.0/service/tickets?conditions=closedFlag%3Dfalse&pageSize=2&page=2&marker=server-made", requests[1].PathAndQuery);
        Assert.Equal("/v4_6_release/apis/3.0/service/tickets?conditions=closedFlag%3Dfalse&pageSize=2&page=3&marker=server-made", requests[2].PathAndQuery);
        Assert.All(requests, r => Assert.StartsWith("Basic ", r.Headers["Authorization"], StringComparison.Ordinal));
    }

    [Fact]
    public async Task EnumerateAsync_ExactMultipleOfPageSize_StopsWhenNoNextLink()
    {
        await using var server = await TicketServerAsync(total: 4);
        await using var sp = Host(server, pageSize: 2);

        Assert.Equal([1, 2, 3, 4], await AllIdsAsync(sp));
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task EnumerateAsync_ShortPageThatStillNamesNext_Stops()
    {
        await using var server = await TicketServerAsync(total: 3, nextOverride: page => $"http://127.0.0.1:1/never?page={page + 1}");
        await using var sp = Host(server, pageSize: 5);

        Assert.Equal([1, 2, 3], await AllIdsAsync(sp));
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task EnumerateAsync_EmptyList_YieldsNothing()
    {
        await using var server = await TicketServerAsync(total: 0);
        await using var sp = Host(server, pageSize: 2);

        Assert.Empty(await AllIdsAsync(sp));
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task EnumerateAsync_NextLinkOnAnotherOrigin_NeverCalledNextPageFromTheBaseUrlWithItsQuery()
    {
        // An on-premises server behind a TLS proxy names its internal host in the Link header.
        await using var other = await LoopbackServer.StartAsync(ctx => ctx.Response.WriteAsync("[]"));
        await using var server = await TicketServerAsync(total: 4, nextOverride: page => page < 2 ? new Uri(other.BaseUri, $"v4_6_release/apis/3.0/service/tickets?pageSize=2&page={page + 1}").ToString() : null);
        await using var sp = Host(server, pageSize: 2);

        var ids = await AllIdsAsync(sp);

        Assert.Equal([1, 2, 3, 4], ids);
        Assert.Empty(other.Requests);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task EnumerateAsync_NextLinkRepeatingTheSamePage_StopsInsteadOfLooping()
    {
        LoopbackServer? s = null;
        await using var server = await TicketServerAsync(total: 10, nextOverride: page => new Uri(s!.BaseUri, "v4_6_release/apis/3.0/service/tickets?page=2&pageSize=2").ToString());
        s = server;
        await using var sp = Host(server, pageSize: 2);

        var ids = await AllIdsAsync(sp);

        Assert.Equal([1, 2, 3, 4], ids);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task EnumerateAsync_FailingSecondPage_ThrowsConnectWiseApiException()
    {
        await using var server = await TicketServerAsync(total: 6, failOnPage: 2);
        var options = TestOptions.For(server.ApiBase, r => r.MaxRetryAttempts = 0);
        options.PageSize = 2;
        await using var sp = ConnectWiseHost.Build(options);

        var ex = await Assert.ThrowsAsync<ConnectWiseApiException>(() => AllIdsAsync(sp));

        Assert.Equal(HttpStatusCode.InternalServerError, ex.StatusCode);
        Assert.Equal("page failed", ex.ServerMessage);
    }

    [Fact]
    public async Task EnumerateAsync_FailingFirstPage_ThrowsConnectWiseApiException()
    {
        await using var server = await LoopbackServer.StartAsync(async ctx =>
        {
            ctx.Response.StatusCode = 403;
            await ctx.Response.WriteAsync("""{"code":"Forbidden","message":"You do not have access"}""");
        });
        await using var sp = Host(server, pageSize: 2);

        var ex = await Assert.ThrowsAsync<ConnectWiseApiException>(() => AllIdsAsync(sp));

        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
        Assert.Equal("Forbidden", ex.Code);
    }

    [Fact]
    public async Task EnumerateAsync_HtmlInsteadOfSecondPage_ThrowsConnectWiseApiExceptionNamingJson()
    {
        LoopbackServer? self = null;
        await using var server = await LoopbackServer.StartAsync(async ctx =>
        {
            if (ctx.Request.Query["page"] == "2")
            {
                ctx.Response.ContentType = "text/html";
                await ctx.Response.WriteAsync("<html>login</html>");
                return;
            }

            ctx.Response.Headers["Link"] = $"<{new Uri(self!.BaseUri, "v4_6_release/apis/3.0/service/tickets?page=2&pageSize=2")}>; rel=\"next\"";
            ctx.Response.ContentType = "application/json";
            await ctx.Response.WriteAsync("""[{"id":1},{"id":2}]""");
        });
        self = server;
        await using var sp = Host(server, pageSize: 2);

        var ex = await Assert.ThrowsAsync<ConnectWiseApiException>(() => AllIdsAsync(sp));

        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
        Assert.Contains("not the JSON expected", ex.Message, StringComparison.Ordinal);
    }
}
