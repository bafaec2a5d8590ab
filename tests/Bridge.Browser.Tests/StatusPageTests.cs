using Bridge.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Bridge.Browser.Tests;

/// <summary>The status page in a real browser: what a dispatcher sees at 02:14, on a second monitor and on a phone.</summary>
public sealed class StatusPageTests(NightFixture night) : IClassFixture<NightFixture>
{
    [Fact]
    public async Task StatusPage_OnADesktop_ShowsWhoIsOnCallAndTheDecisionsTheNightMade()
    {
        var page = await night.NewSignedInPageAsync(1440, 900);
        var response = await page.GotoAsync(night.Host.Address.ToString());

        var onCall = await page.Locator("#oncall").InnerTextAsync();
        var decisions = page.Locator("#decisions li");
        var paged = await decisions.Filter(new() { HasText = $"#{night.PagedTicket} " }).First.InnerTextAsync();
        var deferred = await decisions.Filter(new() { HasText = $"#{night.DeferredTicket} " }).First.InnerTextAsync();
        var channels = await page.Locator("#channels").InnerTextAsync();
        var header = await page.Locator("header").InnerTextAsync();
        await page.ScreenshotAsync(new() { Path = Screenshots.PathOf("status-desktop"), FullPage = true });

        Assert.Equal(200, response!.Status);
        Assert.Contains(night.OnCallName, onCall);
        Assert.Contains("until 08:00", onCall);
        Assert.Contains(NightFixture.PagedSummary, paged);
        Assert.Contains("Page now", paged);
        Assert.Contains("Contoso Law LLP", paged);
        Assert.Contains("after-hours ×1.5", paged);
        Assert.Contains("8 min ago", paged);
        Assert.Contains(NightFixture.DeferredSummary, deferred);
        Assert.Contains("Next business day", deferred);
        Assert.Contains("BusinessHoursOnly", deferred);
        Assert.Contains("last page 02:14", channels);
        Assert.Contains("02:14", header);
        Assert.Contains("After hours", header);
        Assert.Equal(0, await page.Locator("#decisions b:has-text('every')").CountAsync());
    }

    [Fact]
    public async Task AckPage_ClickAcknowledge_TheStatusPageThenShowsTheIncidentAcknowledged()
    {
        var page = await night.NewSignedInPageAsync(1440, 900);
        await page.GotoAsync(night.Host.Address.ToString());
        var row = page.Locator("#incidents [id^='incident-']").Filter(new() { HasText = $"#{night.PagedTicket} " }).First;
        var before = await row.GetAttributeAsync("data-state");
        var rowText = await row.InnerTextAsync();
        await page.ScreenshotAsync(new() { Path = Screenshots.PathOf("status-incident-paging"), FullPage = true });

        var phone = await night.Browser.NewPageAsync(390, 844);
        var ack = await phone.GotoAsync(night.Host.AckLinkFor(night.PagedTicket, night.OnCallMember));
        var ackPage = await phone.Locator("main").InnerTextAsync();
        await phone.ScreenshotAsync(new() { Path = Screenshots.PathOf("ack-page-phone"), FullPage = true });
        await phone.Locator("#acknowledge").ClickAsync();
        var result = await phone.Locator("#result").InnerTextAsync();
        await phone.ScreenshotAsync(new() { Path = Screenshots.PathOf("ack-page-acknowledged"), FullPage = true });

        await page.ReloadAsync();
        var after = await row.GetAttributeAsync("data-state");
        var afterText = await row.InnerTextAsync();
        await page.ScreenshotAsync(new() { Path = Screenshots.PathOf("status-incident-acknowledged"), FullPage = true });

        Assert.Equal("Triggered", before);
        Assert.Contains(NightFixture.PagedSummary, rowText);
        Assert.Equal(200, ack!.Status);
        Assert.Contains("Contoso Law LLP", ackPage);
        Assert.Contains($"Acknowledged ticket #{night.PagedTicket}.", result);
        Assert.Equal("Acknowledged", after);
        Assert.Contains(night.OnCallName, afterText);
    }

    [Fact]
    public async Task StatusPage_OnAPhone_FitsTheScreenWidth()
    {
        var page = await night.NewSignedInPageAsync(390, 844);
        await page.GotoAsync(night.Host.Address.ToString());

        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        var onCallTop = (await page.Locator("#oncall").BoundingBoxAsync())!.Y;
        var healthTop = (await page.Locator("#health").BoundingBoxAsync())!.Y;
        await page.ScreenshotAsync(new() { Path = Screenshots.PathOf("status-phone"), FullPage = true });

        Assert.True(scrollWidth <= 390, $"The page is {scrollWidth} px wide on a 390 px phone.");
        Assert.True(onCallTop < healthTop, "On a phone, who is on call comes before the side column.");
    }

    [Theory]
    [MemberData(nameof(PageVariant.All), MemberType = typeof(PageVariant))]
    public async Task StatusPage_LightAndDarkOnADesktopAndAPhone_HasNoWcag21AaViolation(string variant)
    {
        var page = await PageVariant.Named(variant).OpenAsync(night.NewSignedInPageAsync, night.Host.Address.ToString());
        var badges = await page.Locator(".badge").AllInnerTextsAsync();
        await page.ScreenshotAsync(new() { Path = Screenshots.PathOf($"status-axe-{variant}"), FullPage = true });

        Assert.Contains("Next business day", badges);
        Assert.Contains("Paging", badges);
        await AxeCheck.AssertNoViolationsAsync(page, $"The status page ({variant})");
    }

    [Fact]
    public async Task StatusPage_Structure_OneH1EverythingInALandmarkAndThePagingLineAnnouncedInMain()
    {
        var page = await night.NewSignedInPageAsync(1280, 800);

        var h1 = await page.Locator("h1").AllTextContentsAsync();
        var outside = await page.EvaluateAsync<string[]>(
            "() => [...document.body.children].filter(e => !['HEADER', 'MAIN', 'FOOTER', 'SCRIPT'].includes(e.tagName)).map(e => e.outerHTML.slice(0, 80))");
        var attention = page.Locator("main #attention[role=status]");
        var scheme = await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).colorScheme");
        var lang = await page.Locator("html").GetAttributeAsync("lang");

        Assert.Equal("Bridge after-hours status", Assert.Single(h1).Trim());
        Assert.Empty(outside);
        Assert.Contains("paging", await attention.InnerTextAsync());
        Assert.Equal("light dark", scheme);
        Assert.Equal("en", lang);
    }

    [Fact]
    public async Task StatusPage_KeyboardFocus_HasAVisibleOutlineOfItsOwn()
    {
        var page = await night.NewSignedInPageAsync(1280, 800);
        await page.Locator("#pause-updates").WaitForAsync();

        await page.Locator("#pause-updates").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        var outline = await page.EvaluateAsync<string>("() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor; }");

        Assert.Equal("solid 3px rgb(11, 99, 197)", outline);
    }

    [Fact]
    public async Task StatusPage_InDarkMode_KeepsTheStatusColours()
    {
        var page = await night.NewSignedInPageAsync(1440, 900, ColorScheme.Dark);
        await page.GotoAsync(night.Host.Address.ToString());

        var background = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        var badge = await page.Locator("#decisions .badge.b-crit").First.EvaluateAsync<string>("e => getComputedStyle(e).color");
        await page.ScreenshotAsync(new() { Path = Screenshots.PathOf("status-desktop-dark"), FullPage = true });

        Assert.Equal("rgb(14, 19, 26)", background);
        Assert.Equal("rgb(255, 123, 114)", badge);
    }
}
