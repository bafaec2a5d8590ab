using Bridge.Worker.OnCall;
using Microsoft.Playwright;

namespace Bridge.Browser.Tests.Support;

/// <summary>
/// The bridge with an OpenID Connect provider beside it (<see cref="TestIdentityProvider"/>, both on loopback): a viewer
/// and a dispatcher the provider signs in, their app roles mapped by <c>Access:Oidc:Roles</c>. The fake clock starts at
/// the real instant, since the browser's sign-in crosses two hosts whose tokens and nonces are stamped and checked
/// against their clocks.
/// </summary>
public sealed class SignInFixture : IAsyncLifetime
{
    public const string Schedule = "after-hours";
    public const string ProviderName = "Test provider";
    public const string ViewerRole = "Bridge.Viewer";
    public const string DispatcherRole = "Bridge.Dispatcher";

    private TestIdentityProvider? _provider;
    private StatusPageHost? _host;

    public ChromiumBrowser Browser { get; } = new();

    internal StatusPageHost Host => _host ?? throw new InvalidOperationException("The bridge has not started.");

    internal TestIdentityProvider Provider => _provider ?? throw new InvalidOperationException("The provider has not started.");

    internal static ProviderUser Viewer { get; } = new("vera", "vera@msp.example", ViewerRole);

    internal static ProviderUser Dispatcher { get; } = new("dana", "dana@msp.example", DispatcherRole);

    public async Task InitializeAsync()
    {
        await Browser.InitializeAsync();
        var bridgePort = StatusPageHost.FreePort();
        var providerPort = StatusPageHost.FreePort();
        _provider = await TestIdentityProvider.StartAsync(providerPort, new Uri($"http://127.0.0.1:{bridgePort}/signin-oidc"), [Viewer, Dispatcher]);
        _host = await StatusPageHost.StartAsync(TimeProvider.System.GetUtcNow(), bridgePort, new Dictionary<string, string?>
        {
            ["Access:Oidc:Authority"] = Provider.Issuer.ToString(),
            ["Access:Oidc:ClientId"] = TestIdentityProvider.ClientId,
            ["Access:Oidc:ClientSecret"] = TestIdentityProvider.ClientSecret,
            ["Access:Oidc:DisplayName"] = ProviderName,
            ["Access:Oidc:RequireHttpsMetadata"] = "false",
            ["Access:Oidc:Roles:Viewer:0"] = ViewerRole,
            ["Access:Oidc:Roles:Dispatcher:0"] = DispatcherRole,
        });
    }

    /// <summary>Who the rotation has on call now (before any override).</summary>
    internal Person? OnCallNow => Host.OnCall.WhoIsOnCall(Schedule, Host.Clock.GetUtcNow()).Person;

    /// <summary>A fresh browser context that opened the status page, was sent to sign in, and signed in at the provider as <paramref name="user"/>.</summary>
    internal async Task<IPage> SignInAsync(ProviderUser user)
    {
        var page = await Browser.NewPageAsync(1280, 800);
        await page.GotoAsync(Host.Address.ToString());
        await page.Locator("#provider").ClickAsync();
        await page.Locator("#username").FillAsync(user.UserName);
        await page.Locator("#login").ClickAsync();
        await page.WaitForURLAsync(Host.Address.ToString());
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }

        await Browser.DisposeAsync();
    }
}
