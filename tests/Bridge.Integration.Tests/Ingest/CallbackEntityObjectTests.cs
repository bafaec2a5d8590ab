using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bridge.Connectors.ConnectWise.Callbacks;
using Bridge.Connectors.ConnectWise.Models;
using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Ingest;

namespace Bridge.Integration.Tests.Ingest;

/// <summary>
/// A proxy or integration platform between ConnectWise and the bridge may re-serialize the body with <c>Entity</c>
/// as a JSON object instead of a string; signed as it arrives, the bridge takes the ticket from it all the same.
/// </summary>
public sealed class CallbackEntityObjectTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    // ConnectWise's clock, in whole seconds: the update below is a second after the save the poll read, so the
    // entity is newer than what the bridge holds (a save in the same second would send the bridge to read the ticket).
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _cwClock = new(DateTimeOffset.UtcNow);
    private SandboxServer _sandbox = null!;
    private CallbackReceiver _receiver = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = _cwClock });
        _receiver = await CallbackReceiver.StartAsync();
        await using var cw = ConnectWiseClientHost.For(_sandbox);
        await cw.Api.CreateCallbackAsync(new CallbackEntry { Url = new Uri(_receiver.BaseAddress, "cb?id=").ToString(), Type = "ticket", Level = "owner", ObjectId = 1 });
    }

    [Fact]
    public async Task Callback_EntityAsJsonObject_SignedCorrectly_TicketIngestedFromTheEntity()
    {
        await using var bridge = await IngestHost.StartAsync(_sandbox, _dir);
        await bridge.WaitForPollsAsync();
        _cwClock.Advance(TimeSpan.FromSeconds(2));
        _sandbox.State.UpdateTicket(1, t => t.Status("Assigned").Summary("DC01 down, entity as object"), "fpatel");
        var genuine = await _receiver.NextAsync(TimeSpan.FromSeconds(10));

        var body = JsonNode.Parse(genuine.Body)!.AsObject();
        body["Entity"] = JsonNode.Parse((string)body["Entity"]!);
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        using var response = await CallbackPoster.PostAsync(bridge, bytes, CallbackSignature.Compute(_sandbox.Options.CallbackSigningKey, bytes));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (change, _) = await bridge.Recorder.WaitForAsync(c => c.TicketId == 1 && c.Kind == TicketChangeKind.StatusChanged);

        using var sent = JsonDocument.Parse(bytes);
        Assert.Equal(JsonValueKind.Object, sent.RootElement.GetProperty("Entity").ValueKind);
        Assert.Equal(ChangeSource.Callback, change.Source);
        Assert.Equal(("New", "Assigned"), (change.OldValue, change.NewValue));
        Assert.Equal("DC01 down, entity as object", change.Ticket.Summary);
    }

    public async Task DisposeAsync()
    {
        await _receiver.DisposeAsync();
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}
