namespace Bridge.Worker.Reporting.Reviews;

/// <summary>The rules of <c>Reporting:Reviews</c>; each failure names its key under <paramref name="prefix"/>.</summary>
internal static class ReviewOptionsValidator
{
    public static IEnumerable<string> Failures(ReviewOptions options, string prefix)
    {
        ArgumentNullException.ThrowIfNull(options);
        return [];
    }
}
