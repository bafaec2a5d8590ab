using Bridge.Browser.Tests.Support;

namespace Bridge.Browser.Tests;

/// <summary>The shared axe check itself: it fails on what WCAG 2.1 AA forbids, says where, and leaves best practices alone.</summary>
public sealed class AxeCheckTests(ChromiumBrowser browser) : IClassFixture<ChromiumBrowser>
{
    [Fact]
    public async Task AssertNoViolations_TheOldNextBusinessDayBadge_FailsNamingTheRuleTheElementAndItsMarkup()
    {
        var page = await browser.NewPageAsync(1280, 800);
        // The badge's colours before this page was mended: #9a6700 on #fff4d1 is 4.43:1, under AA's 4.5:1.
        await page.SetContentAsync("""
            <!DOCTYPE html><html lang="en"><head><title>Badge</title></head>
            <body><main><h1>Decisions</h1><p><span id="badge" style="background:#fff4d1;color:#9a6700;font-size:12px">Next business day</span></p></main></body></html>
            """);

        var failure = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => AxeCheck.AssertNoViolationsAsync(page, "The old badge"));

        Assert.Contains("The old badge: 1 WCAG 2.1 A/AA violation(s)", failure.Message);
        Assert.Contains("color-contrast (serious)", failure.Message);
        Assert.Contains("#badge", failure.Message);
        Assert.Contains("Next business day</span>", failure.Message);
        Assert.Contains("4.43", failure.Message);
    }

    [Fact]
    public async Task AssertNoViolations_OnlyABestPracticeMissed_Passes()
    {
        var page = await browser.NewPageAsync(390, 844);
        // No landmark and no h1: axe's best practices ("region", "page-has-heading-one"), not WCAG 2.1 A/AA failures.
        await page.SetContentAsync("""<!DOCTYPE html><html lang="en"><head><title>Plain</title></head><body><p>Plain text.</p></body></html>""");

        var result = await AxeCheck.RunAsync(page);
        await AxeCheck.AssertNoViolationsAsync(page, "A plain page");

        Assert.DoesNotContain(result.Violations, v => v.Id is "region" or "page-has-heading-one");
        Assert.NotEmpty(result.Passes);
    }
}
