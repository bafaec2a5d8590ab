using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Bridge.Sandbox.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Sandbox.Tests.Callbacks;

public sealed class CallbackDeliveryTests
{
    [Fact]
    public async Task ApiChange_WithOwnerRegistration_DeliversSignedPayloadThatVerifiesWithTheServedKey()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        await using var server = await SandboxServer.StartAsync();
        using var client = server.CreateApiClient();
        using var registered = await client.PostJsonAsync("system/callbacks",
            $"{{\"url\":\"{receiver.Address}callbacks/connectwise?id=\",\"objectId\":1,\"type\":\"ticket\",\"level\":\"owner\"}}");
        var registrationId = (int)(await registered.JsonAsync())!["id"]!;

        using var patched = await client.PatchJsonAsync("service/tickets/2", "[{\"op\":\"replace\",\"path\":\"status\",\"value\":{\"name\":\"In Progress\"}}]");
        var callback = await receiver.NextAsync();

        Assert.Equal("/callbacks/connectwise?id=2&action=updated", callback.PathAndQuery);
        var payload = JsonNode.Parse(callback.Body)!;
        Assert.Equal(["MessageId", "FromUrl", "CompanyId", "MemberId", "Action", "Type", "ID", "ProductInstanceId", "PartnerId", "Entity", "Metadata", "CallbackObjectRecId"],
            payload.AsObject().Select(p => p.Key));
        Assert.Equal(("updated", "ticket", 2, "bridgeapi", "bridgedemo", registrationId),
            ((string)payload["Action"]!, (string)payload["Type"]!, (int)payload["ID"]!, (string)payload["MemberId"]!, (string)payload["CompanyId"]!, (int)payload["CallbackObjectRecId"]!));
        Assert.Equal($"127.0.0.1:{server.BaseAddress.Port}", (string)payload["FromUrl"]!);
        var entity = JsonNode.Parse((string)payload["Entity"]!)!;
        Assert.Equal("In Progress", (string)entity["status"]!["name"]!);

        var keyUrl = (string)payload["Metadata"]!["key_url"]!;
        Assert.Contains("/v4_6_release//system/callbackkey/index.rails?companyName=bridgedemo&id=", keyUrl, StringComparison.Ordinal);
        using var anonymous = new HttpClient();
        var signingKey = (string)(await (await anonymous.GetAsync(keyUrl)).JsonAsync())!["signing_key"]!;
        Assert.Equal(server.Options.CallbackSigningKey, signingKey);
        Assert.Equal(ExpectedSignature(signingKey, callback.Body), callback.Signature);

        var attempt = await server.Callbacks.WaitForAsync(a => a.EntityId == 2);
        Assert.Equal((200, 1, true), (attempt.StatusCode, attempt.Attempt, attempt.Succeeded));
        Assert.Equal(Encoding.UTF8.GetString(callback.Body), attempt.Body);
    }

    [Fact]
    public async Task Delivery_ReceiverAnswers429_RetriesAfter2And4SecondsOfFakeTime()
    {
        var time = new FakeTimeProvider(TestStates.Start);
        await using var receiver = await CallbackReceiver.StartAsync(429, 409, 200);
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = time });
        Register(server, receiver, "owner", 1);

        server.State.UpdateTicket(1, t => t.Priority(2), "anguyen");
        var first = await server.Callbacks.WaitForAsync(a => a.Attempt == 1);
        time.Advance(TimeSpan.FromSeconds(1.9));
        var early = server.Callbacks.Count();
        time.Advance(TimeSpan.FromSeconds(0.1));
        var second = await server.Callbacks.WaitForAsync(a => a.Attempt == 2);
        time.Advance(TimeSpan.FromSeconds(4));
        var third = await server.Callbacks.WaitForAsync(a => a.Attempt == 3);

        Assert.Equal(1, early);
        Assert.Equal([429, 409, 200], new[] { first, second, third }.Select(a => a.StatusCode ?? 0));
        Assert.Equal(TestStates.Start, first.Timestamp);
        Assert.Equal(TestStates.Start.AddSeconds(2), second.Timestamp);
        Assert.Equal(TestStates.Start.AddSeconds(6), third.Timestamp);
        Assert.Single(new[] { first, second, third }.Select(a => (a.MessageId, a.Body, a.Signature)).Distinct());
        var bodies = new[] { await receiver.NextAsync(), await receiver.NextAsync(), await receiver.NextAsync() };
        Assert.All(bodies, b => Assert.Equal(first.Body, Encoding.UTF8.GetString(b.Body)));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(400)]
    public async Task Delivery_ReceiverAnswersNonRetryableStatus_IsNotRetried(int status)
    {
        var time = new FakeTimeProvider(TestStates.Start);
        await using var receiver = await CallbackReceiver.StartAsync(status, 200);
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = time });
        Register(server, receiver, "owner", 1);

        server.State.UpdateTicket(1, t => t.Priority(2));
        var attempt = await server.Callbacks.WaitForAsync(a => a.Attempt == 1);
        time.Advance(TimeSpan.FromSeconds(30));
        await Task.Delay(200);

        Assert.Equal(status, attempt.StatusCode);
        Assert.Equal(1, server.Callbacks.Count());
    }

    [Fact]
    public async Task Delivery_ThreeRetryableAnswers_StopsAfterTheThirdAttempt()
    {
        var time = new FakeTimeProvider(TestStates.Start);
        await using var receiver = await CallbackReceiver.StartAsync(404, 404, 404, 404);
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = time });
        Register(server, receiver, "owner", 1);

        server.State.UpdateTicket(3, t => t.Priority(2));
        await server.Callbacks.WaitForAsync(a => a.Attempt == 1);
        time.Advance(TimeSpan.FromSeconds(2));
        await server.Callbacks.WaitForAsync(a => a.Attempt == 2);
        time.Advance(TimeSpan.FromSeconds(4));
        await server.Callbacks.WaitForAsync(a => a.Attempt == 3);
        time.Advance(TimeSpan.FromSeconds(60));
        await Task.Delay(200);

        Assert.Equal(3, server.Callbacks.Count());
    }

    [Fact]
    public async Task Delivery_NoListener_RecordsAnErrorWithoutStatus()
    {
        await using var server = await SandboxServer.StartAsync();
        server.State.SaveCallbackCore(null, _ => new JsonObject
        {
            ["url"] = "http://127.0.0.1:1/nothing-here?id=", ["objectId"] = 1, ["type"] = "ticket", ["level"] = "owner",
        }, "bridgeapi");

        server.State.UpdateTicket(1, t => t.Priority(2));
        var attempt = await server.Callbacks.WaitForAsync(_ => true);

        Assert.Null(attempt.StatusCode);
        Assert.False(string.IsNullOrEmpty(attempt.Error));
        Assert.Equal("http://127.0.0.1:1/nothing-here?id=1&action=updated", attempt.Url);
    }

    [Fact]
    public async Task DropCallbacks_On_SendsNothingAndCountsTheDrop()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        await using var server = await SandboxServer.StartAsync();
        Register(server, receiver, "board", 1);
        server.Faults.DropCallbacks = true;

        server.State.UpdateTicket(2, t => t.Priority(1));
        server.State.UpdateTicket(5, t => t.Priority(1));
        server.Faults.DropCallbacks = false;
        server.State.UpdateTicket(3, t => t.Priority(1));
        var delivered = await receiver.NextAsync();

        Assert.EndsWith("?id=3&action=updated", delivered.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(1, server.Callbacks.DroppedCount);
        Assert.False(receiver.TryTake(out _));
    }

    private static void Register(SandboxServer server, CallbackReceiver receiver, string level, int objectId) =>
        server.State.SaveCallbackCore(null, _ => new JsonObject
        {
            ["url"] = $"{receiver.Address}cw?id=", ["objectId"] = objectId, ["type"] = "ticket", ["level"] = level,
        }, "bridgeapi");

    // Independent of the sandbox's code: HMAC-SHA256 keyed with SHA-256 of the UTF-8 signing key, Base64.
    private static string ExpectedSignature(string signingKey, byte[] body)
    {
        using var hmac = new HMACSHA256(SHA256.HashData(Encoding.UTF8.GetBytes(signingKey)));
        return Convert.ToBase64String(hmac.ComputeHash(body));
    }
}
