using System.Globalization;

namespace Bridge.Worker.Reporting.Ledger;

/// <summary>The rules of <c>Reporting:Ledger</c>; each failure names its key under <paramref name="prefix"/>.</summary>
internal static class LedgerOptionsValidator
{
    public static IEnumerable<string> Failures(LedgerOptions options, string prefix)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var (section, rates) in new[] { ("Rates", options.Rates), ("WorkTypeRates", options.WorkTypeRates) })
        {
            foreach (var (name, rate) in rates.Where(r => r.Value < 0).OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                yield return Negative($"{prefix}:{section}:{name}", rate);
            }
        }

        if (options.DefaultRate is { } rateDefault && rateDefault < 0)
        {
            yield return Negative($"{prefix}:DefaultRate", rateDefault);
        }

        if (options.Incentive is < 0 or > 1)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{prefix}:Incentive is {options.Incentive}: a fraction of the extra revenue, from 0 to 1 (0.25 is a quarter).");
        }
    }

    private static string Negative(string key, decimal rate) =>
        string.Create(CultureInfo.InvariantCulture, $"{key} is {rate}: an hourly rate cannot be negative.");
}
