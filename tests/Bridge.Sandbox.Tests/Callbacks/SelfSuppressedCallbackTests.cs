using System.Net;
using System.Text.Json.Nodes;
using Bridge.Sandbox.Tests.Support;

namespace Bridge.Sandbox.Tests.Callbacks;

/// <summary>
/// <c>isSelfSuppressedFlag</c> over real HTTP: a registration made with the API keys does not hear changes made with
/// those keys (member <c>bridgeapi</c>), but does hear everyone else's. Deliveries go out one at a time in the order of
/// the changes, so an API change's callback, had it been sent, would arrive before the next one.
/// </summary>
public sealed class SelfSuppressedCallbackTests : IAsyncLifetime
{
    private CallbackReceiver _quiet = null!;
    private CallbackReceiver _everything = null!;
    private SandboxServer _server = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _quiet = await CallbackReceiver.StartAsync();
        _everything = await CallbackReceiver.StartAsync();
        _server = await SandboxServer.StartAsync();
        _client = _server.CreateApiClient();
        await RegisterAsync(_quiet, selfSuppressed: true);
        await RegisterAsync(_everything, selfSuppressed: false);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
        await _quiet.DisposeAsync();
        await _everything.DisposeAsync();
    }

    [Fact]
    public async Task ApiChanges_AreSkippedButOtherMembersChangesArrive()
    {
        using var patched = await _client.PatchJsonAsync("service/tickets/1", "[{\"op\":\"replace\",\"path\":\"priority\",\"value\":{\"id\":2}}]");
        using var note = await _client.PostJsonAsync("service/tickets/2/notes", "{\"text\":\"Checked the mail flow\",\"internalAnalysisFlag\":true}");
        _server.State.UpdateTicket(3, t => t.Status("Waiting Client"), "fpatel");
        using var control = new HttpClient { BaseAddress = _server.ControlAddress };
        using var viaControl = await control.PatchJsonAsync("tickets/4?member=anguyen", "{\"owner\":\"anguyen\"}");

        var quiet = new[] { await _quiet.NextAsync(), await _quiet.NextAsync() };
        var everything = new[] { await _everything.NextAsync(), await _everything.NextAsync(), await _everything.NextAsync(), await _everything.NextAsync() };

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.OK), (patched.StatusCode, note.StatusCode, viaControl.StatusCode));
        Assert.Equal(["3:fpatel", "4:anguyen"], quiet.Select(Describe));
        Assert.Equal(["1:bridgeapi", "2:bridgeapi", "3:fpatel", "4:anguyen"], everything.Select(Describe));
        Assert.False(_quiet.TryTake(out _));
    }

    [Fact]
    public async Task StateChangeAsTheApiMember_IsSkippedToo()
    {
        _server.State.UpdateTicket(5, t => t.Priority(1), SandboxState.ApiMemberIdentifier);
        _server.State.AddNote(5, "Disk cleaned up", memberIdentifier: "ejohansson");

        var quiet = await _quiet.NextAsync();
        var everything = new[] { await _everything.NextAsync(), await _everything.NextAsync() };

        Assert.Equal("5:ejohansson", Describe(quiet));
        Assert.Equal(["5:bridgeapi", "5:ejohansson"], everything.Select(Describe));
    }

    private async Task RegisterAsync(CallbackReceiver receiver, bool selfSuppressed)
    {
        using var response = await _client.PostJsonAsync("system/callbacks",
            $"{{\"url\":\"{receiver.Address}cw?id=\",\"objectId\":1,\"type\":\"ticket\",\"level\":\"owner\",\"isSelfSuppressedFlag\":{(selfSuppressed ? "true" : "false")}}}");
        var entry = await response.JsonAsync();
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(selfSuppressed, (bool)entry!["isSelfSuppressedFlag"]!);
    }

    private static string Describe(ReceivedCallback callback)
    {
        var payload = JsonNode.Parse(callback.Body)!;
        return $"{(int)payload["ID"]!}:{(string)payload["MemberId"]!}";
    }
}
