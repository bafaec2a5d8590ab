using System.Net;
using System.Text.Json.Nodes;
using Bridge.Sandbox.Tests.Support;

namespace Bridge.Sandbox.Tests.Callbacks;

/// <summary>Every way of deleting a ticket sends a <c>deleted</c> ticket callback with a JSON null Entity; then GET is 404.</summary>
public sealed class DeletedTicketCallbackTests : IAsyncLifetime
{
    private CallbackReceiver _receiver = null!;
    private SandboxServer _server = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _receiver = await CallbackReceiver.StartAsync();
        _server = await SandboxServer.StartAsync();
        _client = _server.CreateApiClient();
        using var registered = await _client.PostJsonAsync("system/callbacks",
            $"{{\"url\":\"{_receiver.Address}cw?id=\",\"objectId\":1,\"type\":\"ticket\",\"level\":\"owner\"}}");
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task ApiDelete_SendsDeletedWithNullEntityThenGetIs404()
    {
        using var deleted = await _client.DeleteAsync("service/tickets/2");

        var payload = await NextDeletedPayloadAsync("/cw?id=2&action=deleted");
        using var after = await _client.GetAsync("service/tickets/2");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        AssertDeleted(payload, 2, "bridgeapi");
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Fact]
    public async Task ControlDelete_SendsDeletedAsTheNamedMemberThenGetIs404()
    {
        using var control = new HttpClient { BaseAddress = _server.ControlAddress };

        using var deleted = await control.DeleteAsync("tickets/3?member=gmoreau");

        var payload = await NextDeletedPayloadAsync("/cw?id=3&action=deleted");
        using var after = await _client.GetAsync("service/tickets/3");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        AssertDeleted(payload, 3, "gmoreau");
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Fact]
    public async Task StateDelete_SendsDeletedThenGetIs404()
    {
        _server.State.DeleteTicket(5, "hwalker");

        var payload = await NextDeletedPayloadAsync("/cw?id=5&action=deleted");
        using var after = await _client.GetAsync("service/tickets/5");
        AssertDeleted(payload, 5, "hwalker");
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Fact]
    public async Task ProjectTicketApiDelete_SendsDeletedTicketCallbackThenGetIs404()
    {
        using var deleted = await _client.DeleteAsync("project/tickets/6");

        var payload = await NextDeletedPayloadAsync("/cw?id=6&action=deleted");
        using var after = await _client.GetAsync("project/tickets/6");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        AssertDeleted(payload, 6, "bridgeapi");
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Fact]
    public async Task Delete_UnknownTicket_Is404AndSendsNothing()
    {
        using var missing = await _client.DeleteAsync("service/tickets/404");
        _server.State.UpdateTicket(1, t => t.Priority(2));

        var next = await _receiver.NextAsync();
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("/cw?id=1&action=updated", next.PathAndQuery);
    }

    private async Task<JsonNode> NextDeletedPayloadAsync(string expectedPath)
    {
        var callback = await _receiver.NextAsync();
        Assert.Equal(expectedPath, callback.PathAndQuery);
        // Present and JSON null, not absent: consumers test for it.
        Assert.Contains("\"Entity\":null", System.Text.Encoding.UTF8.GetString(callback.Body), StringComparison.Ordinal);
        return JsonNode.Parse(callback.Body)!;
    }

    private static void AssertDeleted(JsonNode payload, int id, string member)
    {
        Assert.Equal(("deleted", "ticket", id, member), ((string)payload["Action"]!, (string)payload["Type"]!, (int)payload["ID"]!, (string)payload["MemberId"]!));
        Assert.Null(payload["Entity"]);
    }
}
