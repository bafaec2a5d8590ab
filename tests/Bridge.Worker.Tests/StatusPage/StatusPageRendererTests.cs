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
    public async Task RenderAsync_AnyPage_RefreshesItselfAndShowsTheMspClockAndAfterHours()
    {
        var page = await Renderer(new FakeSection("oncall", StatusColumn.Main, 100)).RenderAsync(default);

        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"20\">", page);
        Assert.Contains("<span class=\"clock\">02:14</span> <span class=\"zone\">EST</span>", page);
        Assert.Contains("<span class=\"hours closed\">After hours</span> <span class=\"hours-next\">opens 08:00 · in 5 h 46 min</span>", page);
        Assert.DoesNotContain("<script", page);
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
        Assert.Contains("<li class=\"lvl-crit\"><a href=\"#oncall\">oncall title</a>: nobody is on call for after-hours</li>", page);
        Assert.Contains("<title>⚠ Bridge status", page);
        Assert.Contains("<section id=\"oncall\" class=\"card lvl-crit\">", page);
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
