using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Bridge.Browser.Tests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Bridge.Browser.Tests;

/// <summary>
/// Signing in with an OpenID Connect provider in a real browser, and what the role the provider's claims give may do:
/// a viewer sees the status page but may not change the rotation; a dispatcher may, and the audit trail names them.
/// </summary>
public sealed class SignInTests(SignInFixture bridge) : IClassFixture<SignInFixture>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task StatusPage_SignedOut_SendsToSignInAndTheProviderBringsThePersonBack()
    {
        var page = await bridge.Browser.NewPageAsync(1280, 800);
        await page.GotoAsync(bridge.Host.Address.ToString());
        var signInUrl = new Uri(page.Url);
        var button = await page.Locator("#provider").InnerTextAsync();
        var axe = await page.RunAxe();
        await page.ScreenshotAsync(new() { Path = Screenshots.PathOf("signin-provider"), FullPage = true });

        await page.Locator("#provider").ClickAsync();
        await page.Locator("#username").FillAsync(SignInFixture.Dispatcher.UserName);
        await page.Locator("#login").ClickAsync();
        await page.WaitForURLAsync(bridge.Host.Address.ToString());
        var onCall = await page.Locator("#oncall h2").InnerTextAsync();
        await page.ScreenshotAsync(new() { Path = Screenshots.PathOf("signin-status-page"), FullPage = true });

        Assert.Equal("/signin", signInUrl.AbsolutePath);
        Assert.Equal("Sign in with " + SignInFixture.ProviderName, button.Trim());
        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}").ToList();
        Assert.True(serious.Count == 0, "The sign-in page has accessibility violations: " + string.Join("; ", serious));
        Assert.False(string.IsNullOrWhiteSpace(onCall));
    }

    [Fact]
    public async Task Override_ByAViewer_IsRefusedWith403AndChangesNothing()
    {
        var page = await bridge.SignInAsync(SignInFixture.Viewer);
        var before = await OverridesAsync(page);
        var cover = Cover();

        var response = await PostOverrideAsync(page, cover, "viewer tried");
        var after = await OverridesAsync(page);
        var audit = await AuditAsync();

        Assert.Equal(403, response.Status);
        Assert.Contains("Your role (viewer) may not do this; it needs dispatcher", await response.TextAsync());
        Assert.Equal(before, after);
        Assert.DoesNotContain("viewer tried", after);
        Assert.DoesNotContain(audit, e => e.Actor == SignInFixture.Viewer.UserName && e.Action == "override.added");
        Assert.Contains(audit, e => e.Actor == SignInFixture.Viewer.UserName && e.Action == "signin");
    }

    [Fact]
    public async Task Override_ByADispatcher_TakesEffectAndIsInTheAuditTrail()
    {
        var page = await bridge.SignInAsync(SignInFixture.Dispatcher);
        var cover = Cover();

        var response = await PostOverrideAsync(page, cover, "dispatcher covers");
        var added = JsonDocument.Parse(await response.TextAsync()).RootElement;
        var overrides = await OverridesAsync(page);
        var now = JsonDocument.Parse(await (await page.APIRequest.GetAsync(Url($"oncall/{SignInFixture.Schedule}"))).TextAsync()).RootElement;
        var audit = await AuditAsync();

        Assert.Equal(201, response.Status);
        var id = added.GetProperty("id").GetString()!;
        Assert.Contains(id, overrides);
        Assert.Contains("dispatcher covers", overrides);
        Assert.Equal(cover, now.GetProperty("member").GetString());
        var entry = Assert.Single(audit, e => e.Action == "override.added" && e.Detail is { } d && d.StartsWith(id + ":", StringComparison.Ordinal));
        Assert.Equal(SignInFixture.Dispatcher.UserName, entry.Actor);
        Assert.Equal($"schedule {SignInFixture.Schedule}", entry.Subject);
    }

    /// <summary>Someone from the shipped rotation who is not on call now, so an override naming them changes the answer.</summary>
    private string Cover() => new[] { "gmoreau", "hwalker" }.First(m => m != bridge.OnCallNow?.Member);

    /// <summary>As the page's own script would: the antiforgery token first, then the change with it in the header.</summary>
    private async Task<IAPIResponse> PostOverrideAsync(IPage page, string person, string note)
    {
        var antiforgery = JsonDocument.Parse(await (await page.APIRequest.GetAsync(Url("signin/antiforgery"))).TextAsync()).RootElement;
        var now = bridge.Host.Clock.GetUtcNow();
        string At(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'+00:00'", CultureInfo.InvariantCulture);
        return await page.APIRequest.PostAsync(Url($"oncall/{SignInFixture.Schedule}/overrides"), new APIRequestContextOptions
        {
            DataObject = new { person, from = At(now.AddMinutes(-1)), to = At(now.AddHours(2)), note },
            Headers = new Dictionary<string, string> { [antiforgery.GetProperty("header").GetString()!] = antiforgery.GetProperty("token").GetString()! },
        });
    }

    private async Task<string> OverridesAsync(IPage page)
    {
        var response = await page.APIRequest.GetAsync(Url($"oncall/{SignInFixture.Schedule}/overrides"));
        Assert.Equal(200, response.Status);
        return await response.TextAsync();
    }

    /// <summary>The audit trail as an admin reads it: with the machine's console token.</summary>
    private async Task<List<AuditLine>> AuditAsync()
    {
        using var http = new HttpClient { BaseAddress = bridge.Host.Address };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bridge.Host.ConsoleToken);
        var json = await http.GetStringAsync("audit.json?limit=200");
        return JsonSerializer.Deserialize<List<AuditLine>>(json, Json)!;
    }

    private string Url(string path) => new Uri(bridge.Host.Address, path).ToString();

    private sealed record AuditLine(string Actor, string Action, string Subject, string? Detail);
}
