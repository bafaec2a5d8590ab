using Microsoft.Playwright;

namespace Bridge.Browser.Tests.Support;

/// <summary>
/// Playwright driving Debian's Chromium (<see cref="ExecutablePath"/>): the package's own node driver, never a
/// downloaded browser. <c>test.sh</c> installs chromium when it is missing.
/// </summary>
public sealed class ChromiumBrowser : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Headless, and quiet on a machine with no internet: no background traffic, no updates, no sync.</summary>
    private static readonly string[] Arguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Chromium => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ExecutablePath), $"{ExecutablePath} is missing: install Debian's chromium (test.sh does: apt-get install -y chromium).");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Arguments,
            Timeout = 60_000,
        });
    }

    /// <summary>A fresh page (own context: no cookies or cache shared between tests) of the given size.</summary>
    public async Task<IPage> NewPageAsync(int width, int height, ColorScheme colorScheme = ColorScheme.Light)
    {
        var context = await Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = colorScheme,
            DeviceScaleFactor = 1,
        });
        // The waits only end a hang: CI runs the browser tests beside the integration tests on two cores, where a
        // sign-in through the test provider has taken more than Playwright's default 30 s.
        context.SetDefaultTimeout(120_000);
        context.SetDefaultNavigationTimeout(120_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
