using System.Net;
using System.Text.Json;
using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.ConnectWise.Models;
using Bridge.Connectors.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bridge.Connectors.Tests.ConnectWise;

public sealed class ConnectWiseClientTests
{
    [Fact]
    public async Task GetTicketsAsync_WithConditions_SendsEncodedQueryUnderBaseUrlAndReadsBareArray()
    {
        await using var server = await LoopbackServer.StartAsync(async ctx =>
        {
            ctx.Response.ContentType = "application/json";
            await ctx.Response.WriteAsync("""[{"id":7,"summary":"Server down","board":{"id":1,"name":"Service Desk"},"unknownField":{"x":1},"_info":{"lastUpdated":"2026-01-02T03:04:05Z","updatedBy":"jdoe","tickets_href":"x"}}]""");
        });
        await using var sp = ConnectWiseHost.Build(TestOptions.For(server.ApiBase));
        var api = sp.GetRequiredService<IConnectWiseApi>();

        var condition = Conditions.Field("board/name").Equal("Service Desk").And(Conditions.Field("closedFlag").Equal(false));
        using var response = await api.GetTicketsAsync(conditions: condition, orderBy: "id asc", page: 1, pageSize: 50);
        var tickets = await response.EnsureConnectWiseSuccessAsync();

        var request = Assert.Single(server.Requests);
        Assert.StartsWith("/v4_6_release/apis/3.0/service/tickets?", request.PathAndQuery, StringComparison.Ordinal);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(server.BaseUri, request.PathAndQuery).Query);
        Assert.Equal("board/name = \"Service Desk\" and closedFlag = false", query["conditions"].ToString());
        Assert.Equal("id asc", query["orderBy"].ToString());
        Assert.Equal("50", query["pageSize"].ToString());
        Assert.False(query.ContainsKey("fields"));
        var ticket = Assert.Single(tickets!);
        Assert.Equal(7, ticket.Id);
        Assert.Equal("Service Desk", ticket.Board!.Name);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), ticket.Info!.LastUpdated);
        Assert.Equal("jdoe", ticket.Info.UpdatedBy);
    }

    [Fact]
    public async Task PatchTicketAsync_ReplaceStatus_SendsJsonPatchArray()
    {
        await using var server = await LoopbackServer.StartAsync(async ctx =>
        {
            ctx.Response.ContentType = "application/json";
            await ctx.Response.WriteAsync("""{"id":7,"status":{"id":5,"name":"In Progress"}}""");
        });
        await using var sp = ConnectWiseHost.Build(TestOptions.For(server.ApiBase));
        var api = sp.GetRequiredService<IConnectWiseApi>();

        var ticket = await api.PatchTicketAsync(7, [PatchOperation.Replace("status", new { id = 5 }), PatchOperation.Replace("summary", "New")]);

        var request = Assert.Single(server.Requests);
        Assert.Equal("PATCH", request.Method);
        Assert.Equal("/v4_6_release/apis/3.0/service/tickets/7", request.PathAndQuery);
        Assert.Equal("""[{"op":"replace","path":"status","value":{"id":5}},{"op":"replace","path":"summary","value":"New"}]""", request.Body);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal("In Progress", ticket.Status!.Name);
    }

    [Fact]
    public async Task PatchCallbackAsync_SelfSuppressedFlag_SendsJsonPatchToTheRegistration()
    {
        await using var server = await LoopbackServer.StartAsync(async ctx =>
        {
            ctx.Response.ContentType = "application/json";
            await ctx.Response.WriteAsync("""{"id":10,"type":"ticket","level":"owner","objectId":1,"isSelfSuppressedFlag":true}""");
        });
        await using var sp = ConnectWiseHost.Build(TestOptions.For(server.ApiBase));
        var api = sp.GetRequiredService<IConnectWiseApi>();

        var updated = await api.PatchCallbackAsync(10, [PatchOperation.Replace("isSelfSuppressedFlag", true)]);

        var request = Assert.Single(server.Requests);
        Assert.Equal(("PATCH", "/v4_6_release/apis/3.0/system/callbacks/10"), (request.Method, request.PathAndQuery));
        Assert.Equal("""[{"op":"replace","path":"isSelfSuppressedFlag","value":true}]""", request.Body);
        Assert.True(updated.IsSelfSuppressedFlag);
    }

    [Fact]
    public async Task CreateTimeEntryAsync_UnsetFields_AreNotSentAndDatesAreWholeSecondsUtc()
    {
        await using var server = await LoopbackServer.StartAsync(async ctx =>
        {
            ctx.Response.StatusCode = 201;
            ctx.Response.ContentType = "application/json";
            await ctx.Response.WriteAsync("""{"id":99}""");
        });
        await using var sp = ConnectWiseHost.Build(TestOptions.For(server.ApiBase));
        var api = sp.GetRequiredService<IConnectWiseApi>();

        var created = await api.CreateTimeEntryAsync(new TimeEntry
        {
            ChargeToId = 1234,
            ChargeToType = "ServiceTicket",
            Member = Reference.ByIdentifier("jdoe"),
            TimeStart = new DateTimeOffset(2025, 5, 1, 16, 0, 0, 789, TimeSpan.FromHours(2)),
        });

        var body = Assert.Single(server.Requests).Body;
        Assert.Equal("""{"chargeToId":1234,"chargeToType":"ServiceTicket","member":{"identifier":"jdoe"},"timeStart":"2025-05-01T14:00:00Z"}""", body);
        Assert.Equal(99, created.Id);
    }

    [Fact]
    public async Task GetTicketAsync_NotFound_ThrowsConnectWiseApiExceptionWithCodeAndPath()
    {
        await using var server = await LoopbackServer.StartAsync(async ctx =>
        {
            ctx.Response.StatusCode = 404;
            ctx.Response.ContentType = "application/json";
            await ctx.Response.WriteAsync("""{"code":"NotFound","message":"Ticket 5 not found","errors":null}""");
        });
        await using var sp = ConnectWiseHost.Build(TestOptions.For(server.ApiBase));
        var api = sp.GetRequiredService<IConnectWiseApi>();

        var ex = await Assert.ThrowsAsync<ConnectWiseApiException>(() => api.GetTicketAsync(5));

        Assert.Equal(HttpStatusCode.NotFound, ex.StatusCode);
        Assert.Equal("NotFound", ex.Code);
        Assert.Equal("Ticket 5 not found", ex.ServerMessage);
        Assert.Equal("GET", ex.Method);
        Assert.Equal("/v4_6_release/apis/3.0/service/tickets/5", ex.Path);
        Assert.Single(server.Requests); // 404 is never retried
    }

    [Fact]
    public async Task GetTicketsAsync_BadCondition_EnsureSuccessThrowsConnectWiseApiException()
    {
        await using var server = await LoopbackServer.StartAsync(async ctx =>
        {
            ctx.Response.StatusCode = 400;
            ctx.Response.ContentType = "application/json";
            await ctx.Response.WriteAsync("""{"code":"ApiFindCondition","message":"invoiceDate is not a recognized name."}""");
        });
        await using var sp = ConnectWiseHost.Build(TestOptions.For(server.ApiBase));
        var api = sp.GetRequiredService<IConnectWiseApi>();

        using var response = await api.GetTicketsAsync(conditions: "invoiceDate > [2026-01-01T00:00:00Z]");
        var ex = await Assert.ThrowsAsync<ConnectWiseApiException>(() => response.EnsureConnectWiseSuccessAsync());

        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Equal("ApiFindCondition", ex.Code);
        Assert.Equal("invoiceDate is not a recognized name.", ex.ServerMessage);
    }

    [Fact]
    public async Task GetSystemInfoAsync_HtmlOnSuccessStatus_ThrowsConnectWiseApiExceptionNamingHtml()
    {
        await using var server = await LoopbackServer.StartAsync(async ctx =>
        {
            ctx.Response.ContentType = "text/html";
            await ctx.Response.WriteAsync("<html><head><title>Login</title></head><body>hi</body></html>");
        });
        await using var sp = ConnectWiseHost.Build(TestOptions.For(server.ApiBase));
        var api = sp.GetRequiredService<IConnectWiseApi>();

        var ex = await Assert.ThrowsAsync<ConnectWiseApiException>(() => api.GetSystemInfoAsync());

        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
        Assert.Contains("JSON", ex.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<JsonException>(ex.InnerException);
    }

    [Fact]
    public async Task ListAndGet_NothingListening_SurfaceTheTransportExceptionNotARefitWrapper()
    {
        int port;
        await using (var server = await LoopbackServer.StartAsync(_ => Task.CompletedTask))
        {
            port = server.Port;
        }

        await using var sp = ConnectWiseHost.Build(TestOptions.For($"http://127.0.0.1:{port}/v4_6_release/apis/3.0/", r => r.MaxRetryAttempts = 0));
        var api = sp.GetRequiredService<IConnectWiseApi>();

        await Assert.ThrowsAsync<HttpRequestException>(() => api.GetTicketAsync(1));
        await Assert.ThrowsAsync<HttpRequestException>(async () =>
        {
            using var response = await api.GetTicketsAsync();
            await response.EnsureConnectWiseSuccessAsync();
        });
    }
}
