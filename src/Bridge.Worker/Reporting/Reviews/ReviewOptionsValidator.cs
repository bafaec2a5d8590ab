namespace Bridge.Worker.Reporting.Reviews;

/// <summary>The rules of <c>Reporting:Reviews</c>; each failure names its key under <paramref name="prefix"/>.</summary>
internal static class ReviewOptionsValidator
{
    public static readonly TimeSpan ShortestLink = TimeSpan.FromHours(1);
    public static readonly TimeSpan LongestLink = TimeSpan.FromDays(90);

    public static IEnumerable<string> Failures(ReviewOptions options, string prefix)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.LinkLifetime < ShortestLink || options.LinkLifetime > LongestLink)
        {
            yield return $"{prefix}:LinkLifetime is {options.LinkLifetime}; a review link works from 01:00:00 (an hour) to 90.00:00:00 (90 days).";
        }

        if (options.MinimumAnswers is < 1 or > 10_000)
        {
            yield return $"{prefix}:MinimumAnswers is {options.MinimumAnswers}; it counts answered reviews, from 1 to 10000.";
        }
    }
}
