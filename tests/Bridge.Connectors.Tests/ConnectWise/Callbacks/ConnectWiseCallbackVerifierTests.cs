using System.Text;
using Bridge.Connectors.ConnectWise.Callbacks;
using Bridge.Connectors.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Connectors.Tests.ConnectWise.Callbacks;

public sealed class ConnectWiseCallbackVerifierTests
{
    private static byte[] Body(Uri keyUrl, int id = 1234) => Encoding.UTF8.GetBytes(
        $$"""{"MessageId":"m-{{id}}","FromUrl":"127.0.0.1","CompanyId":"acme","MemberId":"jdoe","Action":"updated","Type":"ticket","ID":{{id}},"Entity":"{\"id\":{{id}}}","Metadata":{"key_url":"{{keyUrl}}"},"CallbackObjectRecId":7}""");

    [Fact]
    public async Task Verify_SignedByTheConnectWiseKey_IsValid()
    {
        await using var cw = await SigningKeyServer.StartAsync(() => "real-key");
        await using var sp = ConnectWiseHost.Build(TestOptions.For(cw.ApiBase));
        var verifier = sp.GetRequiredService<ConnectWiseCallbackVerifier>();
        var body = Body(new Uri(cw.BaseUri, "v4_6_release//system/callbackkey/index.rails?id=1"));

        var result = await verifier.VerifyAsync(body, CallbackSignature.Compute("real-key", body));

        Assert.True(result.IsValid, result.FailureReason);
        Assert.Equal(1234, result.Payload!.Id);
    }

    [Fact]
    public async Task Verify_TamperedBody_IsRejected()
    {
        await using var cw = await SigningKeyServer.StartAsync(() => "real-key");
        await using var sp = ConnectWiseHost.Build(TestOptions.For(cw.ApiBase));
        var verifier = sp.GetRequiredService<ConnectWiseCallbackVerifier>();
        var keyUrl = new Uri(cw.BaseUri, "v4_6_release//system/callbackkey/index.rails?id=1");
        var signature = CallbackSignature.Compute("real-key", Body(keyUrl, 1234));

        var result = await verifier.VerifyAsync(Body(keyUrl, 9999), signature);

        Assert.False(result.IsValid);
        Assert.Equal("signature does not match the body", result.FailureReason);
        Assert.Equal(9999, result.Payload!.Id);
    }

    [Fact]
    public async Task Verify_AttackerNamesTheirOwnKeyUrl_IsRejectedAndTheirServerIsNeverCalled()
    {
        await using var cw = await SigningKeyServer.StartAsync(() => "real-key");
        await using var attacker = await SigningKeyServer.StartAsync(() => "attacker-key");
        await using var sp = ConnectWiseHost.Build(TestOptions.For(cw.ApiBase));
        var verifier = sp.GetRequiredService<ConnectWiseCallbackVerifier>();
        var body = Body(new Uri(attacker.BaseUri, "key"));

        var result = await verifier.VerifyAsync(body, CallbackSignature.Compute("attacker-key", body));

        Assert.False(result.IsValid);
        Assert.Contains("not the configured ConnectWise host", result.FailureReason, StringComparison.Ordinal);
        Assert.Empty(attacker.Requests);
    }

    [Fact]
    public async Task Verify_MissingSignature_IsRejectedWithoutFetchingTheKey()
    {
        await using var cw = await SigningKeyServer.StartAsync(() => "real-key");
        await using var sp = ConnectWiseHost.Build(TestOptions.For(cw.ApiBase));
        var verifier = sp.GetRequiredService<ConnectWiseCallbackVerifier>();

        var result = await verifier.VerifyAsync(Body(new Uri(cw.BaseUri, "key")), null);

        Assert.False(result.IsValid);
        Assert.Equal("x-content-signature header is missing", result.FailureReason);
        Assert.Empty(cw.Requests);
    }

    [Fact]
    public async Task Verify_MalformedBody_IsRejectedWithTheParseReason()
    {
        await using var sp = ConnectWiseHost.Build(TestOptions.For("https://api-na.myconnectwise.net/v4_6_release/apis/3.0/"));
        var verifier = sp.GetRequiredService<ConnectWiseCallbackVerifier>();

        var result = await verifier.VerifyAsync(Encoding.UTF8.GetBytes("""{"Action":"updated"}"""), "sig");

        Assert.False(result.IsValid);
        Assert.Equal("malformed callback: ID is missing", result.FailureReason);
        Assert.Null(result.Payload);
    }

    [Fact]
    public async Task Verify_KeyRotatedAfterCaching_RefetchesOnceAndAccepts()
    {
        var key = "old-key";
        await using var cw = await SigningKeyServer.StartAsync(() => key);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var sp = ConnectWiseHost.Build(TestOptions.For(cw.ApiBase), time);
        var verifier = sp.GetRequiredService<ConnectWiseCallbackVerifier>();
        var body = Body(new Uri(cw.BaseUri, "v4_6_release//system/callbackkey/index.rails?id=1"));
        Assert.True((await verifier.VerifyAsync(body, CallbackSignature.Compute("old-key", body))).IsValid);

        key = "new-key";
        time.Advance(TimeSpan.FromMinutes(1));
        var result = await verifier.VerifyAsync(body, CallbackSignature.Compute("new-key", body));

        Assert.True(result.IsValid, result.FailureReason);
        Assert.Equal(2, cw.Requests.Count);
    }
}
