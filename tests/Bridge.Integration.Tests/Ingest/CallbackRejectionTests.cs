using System.Net;
using System.Text;
using Bridge.Connectors.ConnectWise.Callbacks;
using Bridge.Connectors.ConnectWise.Models;
using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;

namespace Bridge.Integration.Tests.Ingest;

/// <summary>Bodies that must not get in: each answered 4xx with a one-line reason, the inbox untouched.</summary>
public sealed class CallbackRejectionTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private SandboxServer _sandbox = null!;
    private CallbackReceiver _receiver = null!;
    private IngestHost _bridge = null!;
    private ReceivedCallback _genuine = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync();
        _receiver = await CallbackReceiver.StartAsync();
        await using (var cw = ConnectWiseClientHost.For(_sandbox))
        {
            await cw.Api.CreateCallbackAsync(new CallbackEntry { Url = new Uri(_receiver.BaseAddress, "cb?id=").ToString(), Type = "ticket", Level = "owner", ObjectId = 1 });
        }

        _bridge = await IngestHost.StartAsync(_sandbox, _dir);
        await _bridge.WaitForPollsAsync();
        _sandbox.State.UpdateTicket(1, t => t.Status("Assigned"));
        _genuine = await _receiver.NextAsync(TimeSpan.FromSeconds(10));
    }

    public static TheoryData<string> Forgeries => new() { "wrong signature", "no signature", "truncated JSON", "oversized", "foreign key_url", "wrong secret", "not a callback" };

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task Callback_Forged_4xxWithReasonAndInboxUnchanged(string forgery)
    {
        var before = _bridge.Inbox.Count();
        var body = _genuine.Body;
        string? signature = _genuine.Signature;
        string? path = null;
        switch (forgery)
        {
            case "wrong signature":
                signature = CallbackSignature.Compute("not-the-signing-key", body);
                break;
            case "no signature":
                signature = null;
                break;
            case "truncated JSON":
                body = body[..(body.Length / 2)];
                signature = CallbackSignature.Compute(_sandbox.Options.CallbackSigningKey, body);
                break;
            case "oversized":
                body = Encoding.UTF8.GetBytes("{\"pad\":\"" + new string('x', 300 * 1024) + "\"}");
                break;
            case "foreign key_url":
                body = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("127.0.0.1", "evil.example", StringComparison.Ordinal));
                signature = CallbackSignature.Compute("attacker-key", body);
                break;
            case "wrong secret":
                path = "/callbacks/connectwise/not-the-secret-at-all?recordId=1";
                break;
            case "not a callback":
                body = Encoding.UTF8.GetBytes("{\"hello\":\"world\"}");
                break;
        }

        using var response = await CallbackPoster.PostAsync(_bridge, body, signature, path);
        var reason = await response.Content.ReadAsStringAsync();

        var expected = forgery switch
        {
            "truncated JSON" or "not a callback" => HttpStatusCode.BadRequest,
            "oversized" => HttpStatusCode.RequestEntityTooLarge,
            "wrong secret" => HttpStatusCode.Forbidden,
            _ => HttpStatusCode.Unauthorized,
        };
        Assert.Equal(expected, response.StatusCode);
        Assert.Single(reason.TrimEnd().Split('\n'));
        Assert.False(string.IsNullOrWhiteSpace(reason));
        Assert.Equal(before, _bridge.Inbox.Count());
    }

    [Fact]
    public async Task Callback_Genuine_200AndStoredOnce()
    {
        var before = _bridge.Inbox.Count();

        var first = await CallbackPoster.PostAsync(_bridge, _genuine);
        var again = await CallbackPoster.PostAsync(_bridge, _genuine);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first, again));
        Assert.Equal(before + 1, _bridge.Inbox.Count());
    }

    [Fact]
    public async Task Callback_SecretAsQueryToken_Accepted()
    {
        using var response = await CallbackPoster.PostAsync(_bridge, _genuine.Body, _genuine.Signature, $"/callbacks/connectwise?token={IngestHost.Secret}&recordId=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public async Task DisposeAsync()
    {
        await _bridge.DisposeAsync();
        await _receiver.DisposeAsync();
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}
