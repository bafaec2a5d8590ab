using Bridge.Browser.Tests.Support;
using Bridge.Worker.Escalation.Acknowledgement;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Bridge.Browser.Tests;

/// <summary>
/// The post-incident review form in real Chromium, opened from the link the bridge mailed the technician who resolved
/// the sandbox's P1 at Northwind Dental in the small hours: answered and sent, light and dark, desktop and phone, with
/// axe finding no WCAG 2.1 AA violation on the form, on its errors or on the confirmation.
/// </summary>
public sealed class ReviewFormTests(ReviewFormTests.Night night) : IClassFixture<ReviewFormTests.Night>
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Theory]
    [InlineData(1280, 800, ColorScheme.Light, "desktop-light")]
    [InlineData(1280, 800, ColorScheme.Dark, "desktop-dark")]
    [InlineData(390, 844, ColorScheme.Light, "phone-light")]
    [InlineData(390, 844, ColorScheme.Dark, "phone-dark")]
    public async Task ReviewLink_AnsweredAndSent_ConfirmedAndAccessible(int width, int height, ColorScheme scheme, string name)
    {
        var page = await night.Browser.NewPageAsync(width, height, scheme);
        var response = await page.GotoAsync(night.ReviewLink);
        Assert.Equal(200, response?.Status);
        var form = await page.RunAxe(WcagAa);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathOf($"review-form-{name}"), FullPage = true });

        // Sent with what was missing too long to store: the error is named and every character typed is still there.
        var tooLong = string.Concat(Enumerable.Repeat("the client's site address; ", 20));
        await page.Locator("#cause-real").CheckAsync();
        await page.Locator("#reach-right-person").CheckAsync();
        await page.Locator("#information-missing").CheckAsync();
        await page.Locator("#missing").FillAsync(tooLong);
        await page.Locator("#send").ClickAsync();
        var problems = await page.Locator("#problems").InnerTextAsync();
        var kept = await page.Locator("#missing").InputValueAsync();
        var errors = await page.RunAxe(WcagAa);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathOf($"review-form-errors-{name}"), FullPage = true });

        await page.Locator("#missing").FillAsync("the client's site address");
        await page.Locator("#cause-could-have-waited").CheckAsync();
        await page.Locator("#send").ClickAsync();
        var result = await page.Locator("#result").InnerTextAsync();
        var confirmation = await page.RunAxe(WcagAa);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathOf($"review-form-sent-{name}"), FullPage = true });

        Assert.Contains($"What was missing is {tooLong.Trim().Length} characters long; at most 500 fit", problems, StringComparison.Ordinal);
        Assert.Equal(tooLong, kept);
        Assert.StartsWith("Thank you", result, StringComparison.Ordinal);
        Assert.Contains($"incident {night.IncidentId}", result, StringComparison.Ordinal);
        Assert.True(await page.Locator("#cause-could-have-waited").IsCheckedAsync());
        AssertNoViolations(form, "the form");
        AssertNoViolations(errors, "the form with an error");
        AssertNoViolations(confirmation, "the confirmation");
        var timeline = night.Host.App.Services.GetRequiredService<TimelineView>().ForIncident(night.IncidentId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(timeline, l => l.Text.EndsWith("could have waited; right person; information missing: the client's site address", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReviewForm_FocusStyle_VisibleOnTheKeyboardsWay()
    {
        var page = await night.Browser.NewPageAsync(390, 844, ColorScheme.Dark);
        await page.GotoAsync(night.ReviewLink);

        await page.Locator("#cause-real").FocusAsync();
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle + ' ' + getComputedStyle(document.activeElement).outlineWidth");

        Assert.Equal("solid 3px", outline);
    }

    private static void AssertNoViolations(AxeResult result, string what)
    {
        var found = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}").ToList();
        Assert.True(found.Count == 0, $"axe found WCAG 2.1 AA violations on {what}: {string.Join("; ", found)}");
    }

    /// <summary>
    /// The night: the bridge started at 01:40 with the sandbox's P1 at Northwind Dental paging the on-call technician by
    /// e-mail; they resolved it from the page at 01:45, and the review link reached the demo mailbox.
    /// </summary>
    public sealed class Night : IAsyncLifetime
    {
        private StatusPageHost? _host;

        public ChromiumBrowser Browser { get; } = new();

        internal StatusPageHost Host => _host ?? throw new InvalidOperationException("The bridge has not started.");

        public int IncidentId { get; private set; }

        public string ReviewLink { get; private set; } = "";

        public async Task InitializeAsync()
        {
            await Browser.InitializeAsync();
            _host = await StatusPageHost.StartAsync(settings: new Dictionary<string, string?> { ["Engine:SweepInterval"] = "00:00:01" });
            await Host.SettleAsync();
            var incident = Host.App.Services.GetRequiredService<IncidentStore>().ForTicket(1).Single();
            var member = incident.Paged.FirstOrDefault() ?? throw new InvalidOperationException("The sandbox's P1 paged nobody.");
            IncidentId = incident.Id;
            Host.Advance(TimeSpan.FromMinutes(5));
            await Host.App.Services.GetRequiredService<IncidentActions>().ResolveAsync(incident.Key, member, 25, "Rebooted DC01", TimelineChannels.Link, CancellationToken.None);

            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            while (ReviewLinkIn(member) is null)
            {
                // The review stage's sweep runs on the fake clock: a second of it per step, until the link is in the mailbox.
                Host.Advance(TimeSpan.FromSeconds(1));
                await Task.Delay(50, deadline.Token);
            }

            ReviewLink = ReviewLinkIn(member)!;
        }

        private string? ReviewLinkIn(string member) =>
            Directory.Exists(Host.Mailbox)
                ? Directory.GetFiles(Host.Mailbox, "*.eml")
                    .Select(file => MimeKit.MimeMessage.Load(file))
                    .Where(m => m.To.Mailboxes.Any(a => a.Address.StartsWith(member + "@", StringComparison.OrdinalIgnoreCase)))
                    .Select(m => System.Text.RegularExpressions.Regex.Match(m.TextBody ?? "", @"http://127\.0\.0\.1:\d+/reviews/\d+/[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+"))
                    .FirstOrDefault(m => m.Success)?.Value
                : null;

        public async Task DisposeAsync()
        {
            if (_host is not null)
            {
                await _host.DisposeAsync();
            }

            await Browser.DisposeAsync();
        }
    }
}
