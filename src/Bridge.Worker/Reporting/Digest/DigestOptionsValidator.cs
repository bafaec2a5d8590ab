namespace Bridge.Worker.Reporting.Digest;

/// <summary>The rules of <c>Reporting:Digest</c>; each failure names its key under <paramref name="prefix"/>.</summary>
internal static class DigestOptionsValidator
{
    public static IEnumerable<string> Failures(DigestOptions options, string prefix)
    {
        ArgumentNullException.ThrowIfNull(options);
        return [];
    }
}
