using Bridge.Browser.Tests.Support;

namespace Bridge.Browser.Tests;

/// <summary>The report pages in real Chromium after the night of <see cref="NightFixture"/>: figures on the page, and WCAG 2.1 AA in light and dark, on a desktop and a phone.</summary>
public sealed class ReportPagesTests(NightFixture night) : IClassFixture<NightFixture>
{
    private string Url(string path) => new Uri(night.Host.Address, path).ToString();

    // The night's incident opened on 24 November (New York); the default periods end yesterday, so the pages are asked for the month.
    private const string November = "?from=2026-11-01&to=2026-11-24";

    [Fact]
    public async Task PagingReport_OnADesktop_ShowsTheNightsIncidentWithItsChartAndCsvLinks()
    {
        var page = await night.NewSignedInPageAsync(1280, 800);
        await page.GotoAsync(Url("reports/paging" + November));
        await page.ScreenshotAsync(new() { Path = Screenshots.PathOf("report-paging-desktop"), FullPage = true });

        Assert.Equal("Paging", await page.Locator("h1").InnerTextAsync());
        var clients = await page.Locator("#t-after-hours-clients ~ .scroll tbody th").AllInnerTextsAsync();
        Assert.NotEmpty(clients);
        Assert.True(await page.Locator("svg[role=img]").CountAsync() > 0, "a chart is drawn");
        var csv = await page.Locator("a[download]").First.GetAttributeAsync("href");
        Assert.Matches(@"^/reports/paging/[a-z-]+\.csv\?from=2026-11-01&to=2026-11-24$", csv);
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// One sign-in for every page and variant (the sign-in endpoint allows a few attempts a minute per address): the
    /// page is resized and its colour scheme emulated between loads.
    /// </summary>
    [Fact]
    public async Task ReportPages_LightAndDarkOnADesktopAndAPhone_HaveNoWcag21AaViolation()
    {
        (string Path, string Name)[] pages =
        [
            ("reports", "report-index"),
            ("reports/paging" + November, "report-paging"),
            ("reports/after-hours" + November, "report-after-hours"),
            ("reports/service-desk", "report-service-desk"),
            ("reports/capacity", "report-capacity"),
            ("reports/reviews" + November, "report-reviews"),
        ];
        var page = await night.NewSignedInPageAsync(1280, 800);
        var failures = new List<string>();
        foreach (var (path, name) in pages)
        {
            foreach (var variant in PageVariant.Variants)
            {
                await page.SetViewportSizeAsync(variant.Width, variant.Height);
                await page.EmulateMediaAsync(new() { ColorScheme = variant.ColorScheme });
                var response = await page.GotoAsync(Url(path));
                Assert.True(response?.Ok == true, $"{path} answered {response?.Status}");
                await page.ScreenshotAsync(new() { Path = Screenshots.PathOf($"{name}-{variant.Name}"), FullPage = true });
                var result = await AxeCheck.RunAsync(page);
                if (result.Violations.Length > 0)
                {
                    failures.Add(AxeCheck.Describe($"{name} ({variant.Name})", result));
                }
            }
        }

        await page.Context.CloseAsync();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
