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

    [Theory]
    [InlineData("reports", "report-index")]
    [InlineData("reports/paging" + November, "report-paging")]
    [InlineData("reports/after-hours" + November, "report-after-hours")]
    [InlineData("reports/service-desk", "report-service-desk")]
    [InlineData("reports/capacity", "report-capacity")]
    public async Task ReportPage_LightAndDarkOnADesktopAndAPhone_HasNoWcag21AaViolation(string path, string name) =>
        await PageVariant.AssertAccessibleEverywhereAsync(night.NewSignedInPageAsync, Url(path), name);
}
