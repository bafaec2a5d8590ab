using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.ConnectWise.Callbacks;
using Bridge.Connectors.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Connectors.Tests.ConnectWise.Callbacks;

public sealed class CallbackSigningKeyProviderTests
{
    private const string KeyPath = "v4_6_release//system/callbackkey/index.rails?companyName=acme&id=1";

    [Fact]
    public async Task GetKey_KeyUrlOnConfiguredOrigin_FetchesTheKeyWithoutCredentials()
    {
        await using var server = await SigningKeyServer.StartAsync(() => "k1");
        await using var sp = ConnectWiseHost.Build(TestOptions.For(server.ApiBase));
        var provider = sp.GetRequiredService<CallbackSigningKeyProvider>();

        var result = await provider.GetKeyAsync(new Uri(server.BaseUri, KeyPath).ToString());

        Assert.True(result.Success, result.Error);
        Assert.Equal("k1", result.Key);
        Assert.False(result.FromCache);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/v4_6_release//system/callbackkey/index.rails?companyName=acme&id=1", request.PathAndQuery);
        Assert.False(request.Headers.ContainsKey("Authorization"));
        Assert.DoesNotContain("k1", result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetKey_KeyUrlNamingAnotherHost_FailsWithoutFetching()
    {
        await using var server = await SigningKeyServer.StartAsync(() => "attacker");
        await using var sp = ConnectWiseHost.Build(TestOptions.For(server.ApiBase));
        var provider = sp.GetRequiredService<CallbackSigningKeyProvider>();

        // Same machine and port, but "localhost" is not the configured host "127.0.0.1".
        var result = await provider.GetKeyAsync($"http://localhost:{server.Port}/{KeyPath}");

        Assert.False(result.Success);
        Assert.Contains("is not the configured ConnectWise host", result.Error, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task GetKey_KeyUrlOnAnotherPort_FailsWithoutFetching()
    {
        await using var configured = await SigningKeyServer.StartAsync(() => "k1");
        await using var attacker = await SigningKeyServer.StartAsync(() => "attacker");
        await using var sp = ConnectWiseHost.Build(TestOptions.For(configured.ApiBase));
        var provider = sp.GetRequiredService<CallbackSigningKeyProvider>();

        var result = await provider.GetKeyAsync(new Uri(attacker.BaseUri, KeyPath).ToString());

        Assert.False(result.Success);
        Assert.Empty(attacker.Requests);
    }

    [Fact]
    public async Task GetKey_KeyUrlWithOtherScheme_Fails()
    {
        await using var server = await SigningKeyServer.StartAsync(() => "k1");
        await using var sp = ConnectWiseHost.Build(TestOptions.For(server.ApiBase));
        var provider = sp.GetRequiredService<CallbackSigningKeyProvider>();

        var result = await provider.GetKeyAsync($"https://127.0.0.1:{server.Port}/{KeyPath}");

        Assert.False(result.Success);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData(null, "Metadata.key_url is missing")]
    [InlineData("", "Metadata.key_url is missing")]
    [InlineData("/relative/key", "not an absolute http(s) URL")]
    [InlineData("file:///etc/passwd", "not an absolute http(s) URL")]
    public async Task GetKey_MissingOrOddKeyUrl_Fails(string? keyUrl, string expected)
    {
        await using var sp = ConnectWiseHost.Build(TestOptions.For("https://api-na.myconnectwise.net/v4_6_release/apis/3.0/"));
        var provider = sp.GetRequiredService<CallbackSigningKeyProvider>();

        var result = await provider.GetKeyAsync(keyUrl);

        Assert.False(result.Success);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetKey_WithinCacheDuration_IsServedFromCacheThenRefetchedAfterExpiry()
    {
        var key = "k1";
        await using var server = await SigningKeyServer.StartAsync(() => key);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var options = TestOptions.For(server.ApiBase);
        options.Callbacks.KeyCacheDuration = TimeSpan.FromMinutes(10);
        await using var sp = ConnectWiseHost.Build(options, time);
        var provider = sp.GetRequiredService<CallbackSigningKeyProvider>();
        var url = new Uri(server.BaseUri, KeyPath).ToString();

        await provider.GetKeyAsync(url);
        key = "k2";
        time.Advance(TimeSpan.FromMinutes(9));
        var cached = await provider.GetKeyAsync(url);
        time.Advance(TimeSpan.FromMinutes(2));
        var fresh = await provider.GetKeyAsync(url);

        Assert.Equal("k1", cached.Key);
        Assert.True(cached.FromCache);
        Assert.Equal("k2", fresh.Key);
        Assert.False(fresh.FromCache);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task GetKey_RefreshRequestedSoonAfterFetch_IsRefusedToProtectConnectWise()
    {
        await using var server = await SigningKeyServer.StartAsync(() => "k1");
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var sp = ConnectWiseHost.Build(TestOptions.For(server.ApiBase), time);
        var provider = sp.GetRequiredService<CallbackSigningKeyProvider>();
        var url = new Uri(server.BaseUri, KeyPath).ToString();

        await provider.GetKeyAsync(url);
        time.Advance(TimeSpan.FromSeconds(5));
        var early = await provider.GetKeyAsync(url, refresh: true);
        time.Advance(TimeSpan.FromSeconds(30));
        var later = await provider.GetKeyAsync(url, refresh: true);

        Assert.True(early.FromCache);
        Assert.False(later.FromCache);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task GetKey_RedirectToAnotherServer_IsNotFollowed()
    {
        await using var attacker = await SigningKeyServer.StartAsync(() => "attacker");
        await using var server = await LoopbackServer.StartAsync(ctx =>
        {
            ctx.Response.Redirect(new Uri(attacker.BaseUri, "key").ToString());
            return Task.CompletedTask;
        });
        await using var sp = ConnectWiseHost.Build(TestOptions.For(server.ApiBase));
        var provider = sp.GetRequiredService<CallbackSigningKeyProvider>();

        var result = await provider.GetKeyAsync(new Uri(server.BaseUri, KeyPath).ToString());

        Assert.False(result.Success);
        Assert.Contains("302", result.Error, StringComparison.Ordinal);
        Assert.Empty(attacker.Requests);
    }

    [Theory]
    [InlineData(404, "{}", "key_url answered 404")]
    [InlineData(200, """{"key":"x"}""", "no \"signing_key\" string")]
    [InlineData(200, "<html>login</html>", "not JSON")]
    public async Task GetKey_BadAnswer_FailsWithReason(int status, string body, string expected)
    {
        await using var server = await LoopbackServer.StartAsync(async ctx =>
        {
            ctx.Response.StatusCode = status;
            await ctx.Response.WriteAsync(body);
        });
        await using var sp = ConnectWiseHost.Build(TestOptions.For(server.ApiBase));
        var provider = sp.GetRequiredService<CallbackSigningKeyProvider>();

        var result = await provider.GetKeyAsync(new Uri(server.BaseUri, KeyPath).ToString());

        Assert.False(result.Success);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetKey_SlowServer_GivesUpAfterTheFetchTimeout()
    {
        await using var server = await LoopbackServer.StartAsync(async ctx =>
            await Task.Delay(TimeSpan.FromSeconds(5), ctx.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default));
        var options = TestOptions.For(server.ApiBase);
        options.Callbacks.KeyFetchTimeout = TimeSpan.FromMilliseconds(200);
        await using var sp = ConnectWiseHost.Build(options);
        var provider = sp.GetRequiredService<CallbackSigningKeyProvider>();

        var result = await provider.GetKeyAsync(new Uri(server.BaseUri, KeyPath).ToString());

        Assert.False(result.Success);
        Assert.Contains("did not answer within 0.2 s", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetKey_ConfiguredExtraOrigin_IsTrusted()
    {
        await using var api = await SigningKeyServer.StartAsync(() => "unused");
        await using var keys = await SigningKeyServer.StartAsync(() => "k9");
        var options = TestOptions.For(api.ApiBase);
        options.Callbacks.TrustedKeyOrigins = [keys.BaseUri.ToString()];
        await using var sp = ConnectWiseHost.Build(options);
        var provider = sp.GetRequiredService<CallbackSigningKeyProvider>();

        var result = await provider.GetKeyAsync(new Uri(keys.BaseUri, KeyPath).ToString());

        Assert.Equal("k9", result.Key);
    }

    [Fact]
    public void TrustedOrigins_CloudApiHost_IncludesItsUiTwinAndNothingElse()
    {
        var options = TestOptions.For("https://api-na.myconnectwise.net/v4_6_release/apis/3.0/");

        var origins = CallbackSigningKeyProvider.TrustedOrigins(options).Select(o => o.ToString()).ToList();

        Assert.Equal(["https://api-na.myconnectwise.net/", "https://na.myconnectwise.net/"], origins);
        Assert.True(CallbackSigningKeyProvider.IsTrustedOrigin(new Uri("https://na.myconnectwise.net/v2025_1//system/callbackkey/index.rails?id=1"), options));
        Assert.False(CallbackSigningKeyProvider.IsTrustedOrigin(new Uri("https://na.myconnectwise.net.evil.example/key"), options));
        Assert.False(CallbackSigningKeyProvider.IsTrustedOrigin(new Uri("https://eu.myconnectwise.net/key"), options));
        Assert.False(CallbackSigningKeyProvider.IsTrustedOrigin(new Uri("https://na.myconnectwise.net:8443/key"), options));
    }
}
