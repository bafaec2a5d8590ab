using Bridge.Worker.Reporting.Paging;

namespace Bridge.Worker.Tests.Reporting.Paging;

public sealed class ResponseStatisticsTests
{
    [Fact]
    public void Of_TenDurations_P90IsTheNinthSorted()
    {
        // 1..10 minutes, given out of order: mean 5.5; nearest rank ⌈0.9 × 10⌉ = 9 → 9 min.
        var stats = ResponseStatistics.Of(new[] { 7, 3, 10, 1, 9, 2, 8, 4, 6, 5 }.Select(m => TimeSpan.FromMinutes(m)));

        Assert.Equal(new ResponseStatistics(10, 5.5, 9.0), stats);
    }

    [Fact]
    public void Of_ElevenDurations_P90IsTheTenthSorted()
    {
        // ⌈0.9 × 11⌉ = ⌈9.9⌉ = 10 → the 10th of 1..11.
        Assert.Equal(10.0, ResponseStatistics.Of(Enumerable.Range(1, 11).Select(m => TimeSpan.FromMinutes(m))).P90Minutes);
    }

    [Fact]
    public void Of_None_CountZeroAndNoFigures()
    {
        Assert.Equal(new ResponseStatistics(0, null, null), ResponseStatistics.Of([]));
    }
}
