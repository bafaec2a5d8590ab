namespace Bridge.Worker.Reporting.Paging;

/// <summary>Count, mean and p90 of a set of durations, in minutes; mean and p90 are null when there is none.</summary>
internal sealed record ResponseStatistics(int Count, double? MeanMinutes, double? P90Minutes)
{
    /// <summary>The percentile definition, for the tables' notes.</summary>
    public const string PercentileNote =
        "p90 is the nearest-rank 90th percentile: the durations sorted, the ⌈0.9 × n⌉-th (the longest when there are fewer than 10).";

    public static ResponseStatistics Of(IEnumerable<TimeSpan> durations)
    {
        var minutes = durations.Select(d => d.TotalMinutes).Order().ToList();
        if (minutes.Count == 0)
        {
            return new ResponseStatistics(0, null, null);
        }

        return new ResponseStatistics(minutes.Count, minutes.Average(), NearestRank(minutes, 0.9));
    }

    /// <summary>The smallest value that at least <paramref name="fraction"/> of <paramref name="sorted"/> do not exceed.</summary>
    public static double NearestRank(IReadOnlyList<double> sorted, double fraction)
    {
        var rank = (int)Math.Ceiling(fraction * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
