using Bridge.Worker.Kernel;
using Bridge.Worker.Routing;
using Bridge.Worker.StatusPage;
using Bridge.Worker.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Worker.Tests.StatusPage;

/// <summary>The page frame: sections in their column and order, colours from their level, one failing section contained.</summary>
public sealed class StatusPageRendererTests
{
    /// <summary>Tuesday 24 November 2026, 02:14 EST.</summary>
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 7, 14, 0, TimeSpan.Zero));

    private readonly ListLogger<StatusPageRenderer> _logger = new();

    private StatusPageRenderer Renderer(params IStatusSection[] sections) => new(
        sections,
        new RoutingPolicyProvider(new TestOptionsMonitor<RoutingOptions>(RoutingFixtures.Options())),
        new TestOptionsMonitor<StatusPageOptions>(new StatusPageOptions { RefreshSeconds = 20 }),
        _clock,
        _logger);

    [Fact]
    public async Task RenderAsync_SectionsFromSeveralCapabilities_MainColumnInOrderThenTheSideColumn()
    {
        var page = await Renderer(
            new FakeSection("decisions", StatusColumn.Main, 300),
            new FakeSection("health", StatusColumn.Side, 100),
            new FakeSection("oncall", StatusColumn.Main, 100),
            new FakeSection("incidents", StatusColumn.Main, 200)).RenderAsync(default);

        var order = new[] { "oncall", "incidents", "decisions", "health" }.Select(id => page.IndexOf($"<section id=\"{id}\"", StringComparison.Ordinal)).ToList();
        Assert.All(order, position => Assert.True(position > 0));
        Assert.Equal(order.Order(), order);
        Assert.True(page.IndexOf("col-side", StringComparison.Ordinal) < order[3]);
    }

    [Fact]
    public async Task RenderAsync_AnyPage_UpdatesInPlaceWithScriptRefreshesWithoutAndShowsTheMspClockAndAfterHours()
    {
        var page = await Renderer(new FakeSection("oncall", StatusColumn.Main, 100)).RenderAsync(default);

        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\" data-refresh-seconds=\"20\">", page);
        Assert.Contains("<noscript><meta http-equiv=\"refresh\" content=\"20\"></noscript>", page);
        Assert.Equal(1, page.Split("http-equiv=\"refresh\"").Length - 1);
        Assert.Contains("<script>" + StatusPageScript.Source + "</script>", page);
        Assert.Equal(1, page.Split("<script").Length - 1);
        Assert.Contains("<span class=\"clock\">02:14</span> <span class=\"zone\">EST</span>", page);
        Assert.Contains("<span class=\"hours closed\">After hours</span> <span class=\"hours-next\">opens 08:00 · in 5 h 46 min</span>", page);
        Assert.DoesNotContain("src=", page);
        Assert.DoesNotContain("href=\"http", page);
    }

    [Fact]
    public async Task RenderAsync_ASectionNeedsAttention_TheHeaderSaysSoAndLinksToIt()
    {
        var page = await Renderer(
            new FakeSection("oncall", StatusColumn.Main, 100, new StatusSectionResult(StatusLevel.Critical, null, "nobody is on call for after-hours")),
            new FakeSection("health", StatusColumn.Side, 100, new StatusSectionResult(StatusLevel.Ok))).RenderAsync(default);

        Assert.Contains("<div class=\"overall lvl-crit\">1 problem</div>", page);
        Assert.Contains("<div id=\"attention\" class=\"attention-bar\" role=\"status\" data-part><ul class=\"attention\"><li class=\"lvl-crit\"><a id=\"attention-oncall\" href=\"#oncall\">oncall title</a>: nobody is on call for after-hours</li></ul></div>", page);
        Assert.Contains("<title>⚠ Bridge status", page);
        Assert.Contains("<section id=\"oncall\" class=\"card lvl-crit\" aria-labelledby=\"oncall-title\" data-part><h2 id=\"oncall-title\">oncall title</h2>", page);
    }

    [Fact]
    public async Task RenderAsync_AnyPage_OneH1AndTheAttentionLiveRegionInsideMainEvenWhenNothingNeedsIt()
    {
        var page = await Renderer(new FakeSection("oncall", StatusColumn.Main, 100)).RenderAsync(default);

        Assert.Equal(1, page.Split("<h1").Length - 1);
        var main = page.IndexOf("<main id=\"main\">", StringComparison.Ordinal);
        var attention = page.IndexOf("<div id=\"attention\" class=\"attention-bar\" role=\"status\" data-part><p class=\"sr-only\">Nothing needs attention.</p></div>", StringComparison.Ordinal);
        Assert.True(main > 0 && attention > main && attention < page.IndexOf("</main>", StringComparison.Ordinal));
        Assert.Contains("<button id=\"pause-updates\" type=\"button\" aria-pressed=\"false\" hidden>Pause updates</button>", page);
        Assert.Contains("<span id=\"update-news\" role=\"status\"></span>", page);
    }

    [Fact]
    public void Script_Source_NeverEndsItsElementEarlyNorAddsAHandlerAttribute()
    {
        Assert.DoesNotContain("</script", StatusPageScript.Source, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<!--", StatusPageScript.Source, StringComparison.Ordinal);
        Assert.DoesNotContain("setAttribute('on", StatusPageScript.Source, StringComparison.Ordinal);
        Assert.StartsWith("'sha256-", StatusPageScript.HashSource, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_ASectionThrows_TheRestOfThePageStillShowsAndTheLogSaysWhich()
    {
        var page = await Renderer(
            new FakeSection("decisions", StatusColumn.Main, 300, Throw: true),
            new FakeSection("oncall", StatusColumn.Main, 100)).RenderAsync(default);

        Assert.Contains("oncall body", page);
        Assert.Contains("This section could not be read (IOException)", page);
        Assert.Contains(_logger.Entries, e => e.Id.Id == 9100 && e.Message.Contains("decisions", StringComparison.Ordinal));
    }

    private sealed record FakeSection(string Id, StatusColumn Column, int Order, StatusSectionResult? Result = null, bool Throw = false) : IStatusSection
    {
        public string Title => Id + " title";

        public ValueTask<StatusSectionResult> WriteAsync(StatusClock clock, HtmlWriter html, CancellationToken cancellationToken)
        {
            if (Throw)
            {
                throw new IOException("the state file is locked");
            }

            html.Append($"<p>{Id} body</p>");
            return ValueTask.FromResult(Result ?? StatusSectionResult.Plain);
        }
    }
}
