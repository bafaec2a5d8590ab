using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.ConnectWise.Models;
using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;

namespace Bridge.Integration.Tests.ConnectWise;

public sealed class CallbackDeliveryTests : IAsyncLifetime
{
    private SandboxServer _sandbox = null!;
    private ConnectWiseClientHost _client = null!;
    private CallbackReceiver _receiver = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { SeedSampleData = true });
        _client = ConnectWiseClientHost.For(_sandbox);
        _receiver = await CallbackReceiver.StartAsync();
    }

    [Fact]
    public async Task Callback_RegisteredThenTicketChanged_DeliveredSignedAndVerifies()
    {
        var registration = await _client.Api.CreateCallbackAsync(new CallbackEntry
        {
            Url = new Uri(_receiver.BaseAddress, "cb?recordId=").ToString(),
            Type = "ticket",
            Level = "owner",
            ObjectId = 1,
            Description = "Bridge after-hours paging",
        });
        var ticket = _sandbox.State.CreateTicket("NorthwindDental", "Exchange server unreachable", t => t.Priority(1));
        var id = (int)ticket["id"]!;

        var delivered = await _receiver.NextAsync(TimeSpan.FromSeconds(10));
        var verification = await _client.Verifier.VerifyAsync(delivered.Body, delivered.Signature);

        Assert.True(verification.IsValid, verification.FailureReason);
        Assert.Equal(id, verification.Payload!.Id);
        Assert.Equal("added", verification.Payload.Action);
        Assert.Equal(registration.Id, verification.Payload.CallbackObjectRecId);
        Assert.Contains($"recordId={id}", delivered.Query);
        var entity = verification.Payload.DeserializeEntity<Ticket>();
        Assert.Equal("Exchange server unreachable", entity!.Summary);
    }

    [Fact]
    public async Task Callback_BodyTamperedInTransit_FailsVerification()
    {
        await _client.Api.CreateCallbackAsync(new CallbackEntry
        {
            Url = new Uri(_receiver.BaseAddress, "cb?recordId=").ToString(), Type = "ticket", Level = "owner", ObjectId = 1,
        });
        _sandbox.State.CreateTicket("ContosoLaw", "VPN down");

        var delivered = await _receiver.NextAsync(TimeSpan.FromSeconds(10));
        var tampered = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(delivered.Body).Replace("\"added\"", "\"deleted\"", StringComparison.Ordinal));
        var verification = await _client.Verifier.VerifyAsync(tampered, delivered.Signature);

        Assert.False(verification.IsValid);
        Assert.False(string.IsNullOrWhiteSpace(verification.FailureReason));
    }

    [Fact]
    public async Task CreateCallback_SameRegistrationTwice_SecondIsRejectedAsExisting()
    {
        var entry = new CallbackEntry { Url = new Uri(_receiver.BaseAddress, "cb?recordId=").ToString(), Type = "ticket", Level = "owner", ObjectId = 1 };
        await _client.Api.CreateCallbackAsync(entry);

        var ex = await Assert.ThrowsAsync<ConnectWiseApiException>(() => _client.Api.CreateCallbackAsync(entry));

        Assert.Contains(ex.Errors, e => e.Code == "ObjectExists");
        var all = (await (await _client.Api.GetCallbacksAsync()).EnsureConnectWiseSuccessAsync())!;
        Assert.Single(all);
    }

    public async Task DisposeAsync()
    {
        await _receiver.DisposeAsync();
        await _client.DisposeAsync();
        await _sandbox.DisposeAsync();
    }
}
