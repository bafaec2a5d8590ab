using Bridge.Worker.Reporting;
using Bridge.Worker.Reporting.ServiceDesk;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace Bridge.Worker.Tests.Reporting.ServiceDesk;

public sealed class ReportResultCacheTests
{
    private static readonly ReportPeriod Monday = new(new LocalDate(2026, 3, 9), new LocalDate(2026, 3, 10), DateTimeZoneProviders.Tzdb["America/New_York"]);
    private static readonly ReportPeriod Tuesday = new(new LocalDate(2026, 3, 10), new LocalDate(2026, 3, 11), DateTimeZoneProviders.Tzdb["America/New_York"]);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 10, 11, 0, 0, TimeSpan.Zero));
    private int _builds;

    [Fact]
    public async Task GetOrBuildAsync_WithinTheDuration_BuildsOncePerPeriod()
    {
        var cache = new ReportResultCache(_clock);

        var first = await cache.GetOrBuildAsync(Monday, TimeSpan.FromMinutes(15), Build(keep: true), CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(14));
        var second = await cache.GetOrBuildAsync(Monday, TimeSpan.FromMinutes(15), Build(keep: true), CancellationToken.None);
        await cache.GetOrBuildAsync(Tuesday, TimeSpan.FromMinutes(15), Build(keep: true), CancellationToken.None);

        Assert.Same(first, second);
        Assert.Equal(2, _builds);
    }

    [Fact]
    public async Task GetOrBuildAsync_DurationPassed_BuildsAgain()
    {
        var cache = new ReportResultCache(_clock);

        await cache.GetOrBuildAsync(Monday, TimeSpan.FromMinutes(15), Build(keep: true), CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(15));
        await cache.GetOrBuildAsync(Monday, TimeSpan.FromMinutes(15), Build(keep: true), CancellationToken.None);

        Assert.Equal(2, _builds);
    }

    [Fact]
    public async Task GetOrBuildAsync_ResultNotToBeKept_NextViewBuildsAgain()
    {
        var cache = new ReportResultCache(_clock);

        await cache.GetOrBuildAsync(Monday, TimeSpan.FromMinutes(15), Build(keep: false), CancellationToken.None);
        await cache.GetOrBuildAsync(Monday, TimeSpan.FromMinutes(15), Build(keep: true), CancellationToken.None);
        await cache.GetOrBuildAsync(Monday, TimeSpan.FromMinutes(15), Build(keep: true), CancellationToken.None);

        Assert.Equal(2, _builds);
    }

    [Fact]
    public async Task GetOrBuildAsync_BuildThrows_NotKept()
    {
        var cache = new ReportResultCache(_clock);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            cache.GetOrBuildAsync(Monday, TimeSpan.FromMinutes(15), _ => throw new InvalidOperationException("bug"), CancellationToken.None));
        await cache.GetOrBuildAsync(Monday, TimeSpan.FromMinutes(15), Build(keep: true), CancellationToken.None);

        Assert.Equal(1, _builds);
    }

    private Func<CancellationToken, Task<(ReportResult, bool)>> Build(bool keep) => _ =>
    {
        _builds++;
        return Task.FromResult((new ReportResult("service-desk", "Service desk", Monday, []), keep));
    };
}
