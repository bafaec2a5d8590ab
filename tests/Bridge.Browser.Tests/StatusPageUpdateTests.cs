using Bridge.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Bridge.Browser.Tests;

/// <summary>
/// The status page updating in place (its own night, since these tests acknowledge and move the clock on): what a
/// person opened, focused and scrolled to stays; Pause holds the page; a bridge that does not answer, or a session
/// that ended, is said on the page and the last content stays. The tests call the page's own update
/// (<c>window.bridgeStatusPage.tick()</c>, what its timer calls) rather than wait for the interval.
/// </summary>
public sealed class StatusPageUpdateTests(NightFixture night) : IClassFixture<NightFixture>
{
    private const string Tick = "() => window.bridgeStatusPage.tick()";
    private const string Updates = "() => window.bridgeStatusPage.updates";

    [Fact]
    public async Task Update_AfterAnAcknowledgement_ShowsItAndKeepsTheOpenedSectionTheFocusAndTheScroll()
    {
        var page = await OpenAsync();
        var details = page.Locator("#decisions details[id]").First;
        var detailsId = await details.GetAttributeAsync("id");
        await details.Locator("summary").ClickAsync();
        await page.EvaluateAsync("() => window.scrollTo(0, 300)");
        var scrolled = await page.EvaluateAsync<double>("() => window.scrollY");
        var row = page.Locator("#incidents [id^='incident-']").Filter(new() { HasText = $"#{night.PagedTicket} " }).First;
        var before = await row.GetAttributeAsync("data-state");
        var decisionsBefore = await page.Locator("#decisions").InnerHTMLAsync();
        var attentionBefore = await page.Locator("#attention").InnerTextAsync();

        var phone = await night.Browser.NewPageAsync(390, 844);
        await phone.GotoAsync(night.Host.AckLinkFor(night.PagedTicket, night.OnCallMember));
        await phone.Locator("#acknowledge").ClickAsync();
        var result = await phone.Locator("#result").InnerTextAsync();
        night.Host.Advance(TimeSpan.FromMinutes(1));
        await night.Host.SettleAsync();
        await page.EvaluateAsync(Tick);

        var after = await row.GetAttributeAsync("data-state");
        var decisionsAfter = await page.Locator("#decisions").InnerHTMLAsync();
        var open = await page.Locator($"[id='{detailsId}']").EvaluateAsync<bool>("d => d.open");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.parentElement.id + '>' + document.activeElement.tagName");
        var scrolledAfter = await page.EvaluateAsync<double>("() => window.scrollY");
        var attentionAfter = await page.Locator("#attention").InnerTextAsync();
        await page.ScreenshotAsync(new() { Path = Screenshots.PathOf("status-updated-in-place"), FullPage = true });

        Assert.Contains($"Acknowledged ticket #{night.PagedTicket}.", result);
        Assert.Equal("Triggered", before);
        Assert.Equal("Acknowledged", after);
        Assert.NotEqual(decisionsBefore, decisionsAfter);
        Assert.Contains("2 incidents paging", attentionBefore);
        Assert.Contains("1 incident paging", attentionAfter);
        Assert.True(open, $"#{detailsId} was opened before the update and is closed after it.");
        Assert.Equal($"{detailsId}>SUMMARY", focused);
        Assert.True(scrolled > 0, "The page is too short to scroll; the test would prove nothing about the scroll.");
        Assert.Equal(scrolled, scrolledAfter);
        Assert.Equal(1, await page.EvaluateAsync<int>(Updates));
    }

    [Fact]
    public async Task Update_NothingNeedingAttentionChanged_LeavesTheLiveRegionAloneSoItIsNotReadAgain()
    {
        var page = await OpenAsync();
        var clock = page.Locator("header .clock");
        var shown = await clock.InnerTextAsync();
        // A mark on the live region's content: it survives only if the update left that content in place.
        await page.EvaluateAsync("() => document.querySelector('#attention > *').dataset.mark = 'kept'");

        night.Host.Advance(TimeSpan.FromMinutes(1));
        await night.Host.SettleAsync();
        await page.EvaluateAsync(Tick);
        var mark = await page.EvaluateAsync<string?>("() => document.querySelector('#attention > *').dataset.mark ?? null");

        Assert.NotEqual(shown, await clock.InnerTextAsync());
        Assert.Equal("kept", mark);
        Assert.Equal("", await page.Locator("#update-news").InnerTextAsync());
    }

    [Fact]
    public async Task Pause_HoldsThePageUntilResumed()
    {
        var page = await OpenAsync();
        var clock = page.Locator("header .clock");
        var pause = page.Locator("#pause-updates");
        var shown = await clock.InnerTextAsync();

        await pause.ClickAsync();
        var pressed = await pause.GetAttributeAsync("aria-pressed");
        var said = await page.Locator("#update-news").InnerTextAsync();
        night.Host.Advance(TimeSpan.FromMinutes(2));
        await night.Host.SettleAsync();
        await page.EvaluateAsync(Tick);
        var whilePaused = await clock.InnerTextAsync();
        var updatesWhilePaused = await page.EvaluateAsync<int>(Updates);

        await pause.ClickAsync();
        await page.WaitForFunctionAsync("() => window.bridgeStatusPage.updates > 0", null, new() { Timeout = 30_000 });
        var resumed = await clock.InnerTextAsync();

        Assert.Equal("true", pressed);
        Assert.StartsWith("Updates paused", said);
        Assert.Equal(shown, whilePaused);
        Assert.Equal(0, updatesWhilePaused);
        Assert.Equal("false", await pause.GetAttributeAsync("aria-pressed"));
        Assert.NotEqual(shown, resumed);
    }

    [Fact]
    public async Task Update_TheBridgeDoesNotAnswer_SaysSoAndKeepsTheLastContent()
    {
        var page = await OpenAsync();
        var onCall = await page.Locator("#oncall").InnerTextAsync();

        await page.RouteAsync(night.Host.Address.ToString(), route => route.AbortAsync());
        await page.EvaluateAsync(Tick);
        var said = await page.Locator("#update-news").InnerTextAsync();

        Assert.StartsWith("Could not reach the bridge", said);
        Assert.Equal(onCall, await page.Locator("#oncall").InnerTextAsync());
        Assert.Equal(night.Host.Address.ToString(), page.Url);
        Assert.Equal(0, await page.EvaluateAsync<int>(Updates));
    }

    [Fact]
    public async Task Update_SignedOut_SaysSoAndStaysOnThePage()
    {
        var page = await OpenAsync();
        var onCall = await page.Locator("#oncall").InnerTextAsync();

        await page.Context.ClearCookiesAsync();
        await page.EvaluateAsync(Tick);
        var said = await page.Locator("#update-news").InnerTextAsync();

        Assert.StartsWith("You are signed out", said);
        Assert.Equal(onCall, await page.Locator("#oncall").InnerTextAsync());
        Assert.Equal(night.Host.Address.ToString(), page.Url);
    }

    /// <summary>The status page, signed in, once its script has started (the pause button shows).</summary>
    private async Task<IPage> OpenAsync()
    {
        var page = await night.NewSignedInPageAsync(1280, 800);
        await page.Locator("#pause-updates").WaitForAsync(new() { State = WaitForSelectorState.Visible });
        return page;
    }
}
