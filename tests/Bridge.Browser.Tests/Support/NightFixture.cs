using Bridge.Worker.Kernel;
using Microsoft.Playwright;

namespace Bridge.Browser.Tests.Support;

/// <summary>
/// One night for the status page tests: the bridge started at 01:40 and read the sandbox's open tickets; at 01:54
/// a business-hours-only client opened a P3 (with markup in its summary), at 02:06 a client on an after-hours
/// contract opened a P1 that routes to "page now", and the escalation engine paged the on-call technician by
/// e-mail; the sandbox's own P1 (Northwind Dental, 24/7) has been escalating since 01:40. The page is looked at at
/// 02:14. The browser is Debian's Chromium.
/// </summary>
public sealed class NightFixture : IAsyncLifetime
{
    public const string Schedule = "after-hours";
    public const string DeferredSummary = "Receipt printer at register 2 jams <every> time & beeps";
    public const string PagedSummary = "Exchange down - nobody in the office can send or receive mail";

    /// <summary>The dispatcher's built-in account (the status page needs a signed-in viewer or better).</summary>
    public const string DispatcherName = "night-dispatcher";
    private const string DispatcherPassword = "correct horse battery staple 0214";

    private StatusPageHost? _host;

    public ChromiumBrowser Browser { get; } = new();

    internal StatusPageHost Host => _host ?? throw new InvalidOperationException("The bridge has not started.");

    public int DeferredTicket { get; private set; }

    public int PagedTicket { get; private set; }

    /// <summary>Who the rotation has on call at the moment the page is looked at.</summary>
    public string OnCallName { get; private set; } = "";

    public string OnCallMember { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await Browser.InitializeAsync();
        _host = await StatusPageHost.StartAsync(accounts: [(DispatcherName, AccessRole.Dispatcher, DispatcherPassword)]);
        Host.Advance(TimeSpan.FromMinutes(14));
        DeferredTicket = await Host.CreateTicketAsync("FabrikamRetail", DeferredSummary, t => t.Priority(3));
        Host.Advance(TimeSpan.FromMinutes(12));
        PagedTicket = await Host.CreateTicketAsync("ContosoLaw", PagedSummary, t => t.Priority(1).Type("Email"));
        Host.Advance(TimeSpan.FromMinutes(1));
        var onCall = Host.OnCall.WhoIsOnCall(Schedule, Host.Clock.GetUtcNow()).Person
            ?? throw new InvalidOperationException("The shipped rotation has nobody on call on a Tuesday at 02:07.");
        OnCallName = onCall.Name;
        OnCallMember = onCall.Member;
        Host.Advance(TimeSpan.FromMinutes(7));
        await Host.SettleAsync();
    }

    /// <summary>A fresh page (<see cref="ChromiumBrowser.NewPageAsync"/>) whose context has signed in as the dispatcher with the sign-in form.</summary>
    public async Task<IPage> NewSignedInPageAsync(int width, int height, ColorScheme colorScheme = ColorScheme.Light)
    {
        var page = await Browser.NewPageAsync(width, height, colorScheme);
        await page.GotoAsync(new Uri(Host.Address, "signin").ToString());
        await page.Locator("#username").FillAsync(DispatcherName);
        await page.Locator("#password").FillAsync(DispatcherPassword);
        await page.Locator("#signin").ClickAsync();
        await page.WaitForURLAsync(Host.Address.ToString());
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await Browser.DisposeAsync();
    }
}
