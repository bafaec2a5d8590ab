namespace Bridge.Worker.Reporting.Ledger;

/// <summary>The rules of <c>Reporting:Ledger</c>; each failure names its key under <paramref name="prefix"/>.</summary>
internal static class LedgerOptionsValidator
{
    public static IEnumerable<string> Failures(LedgerOptions options, string prefix)
    {
        ArgumentNullException.ThrowIfNull(options);
        return [];
    }
}
