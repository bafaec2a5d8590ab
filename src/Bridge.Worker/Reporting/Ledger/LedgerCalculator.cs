using System.Globalization;

namespace Bridge.Worker.Reporting.Ledger;

/// <summary>
/// The after-hours ledger with no I/O: every after-hours and included entry with what it brings at its rate, and each
/// technician's share of the extra revenue under <see cref="LedgerOptions.Incentive"/>.
/// </summary>
internal static class LedgerCalculator
{
    public static IReadOnlyList<ReportTable> Tables(IReadOnlyList<LedgerEntry> entries, LedgerOptions options, ReportPeriod period, IReadOnlyDictionary<string, string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(period);
        var rates = new Rates(options);
        var priced = entries
            .Where(e => e.Class is not null && e.Review.Start is { } start && period.Contains(start))
            .OrderBy(e => e.Review.Start).ThenBy(e => e.Review.Id)
            .Select(e => Priced.Of(e, rates.For(e)))
            .ToList();
        string Technician(Priced p) => p.Entry.Review.Member is { } member ? names?.GetValueOrDefault(member) ?? member : "(unknown)";
        return [EntriesTable(priced, period, Technician), IncentiveTable(priced, options.Incentive, Technician)];
    }

    private static ReportTable EntriesTable(IReadOnlyList<Priced> priced, ReportPeriod period, Func<Priced, string> technician)
    {
        var rows = priced.Select(p => (IReadOnlyList<object?>)
        [
            period.DayOf(p.Entry.Review.Start!.Value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            p.Entry.CompanyName ?? p.Entry.Company ?? "(unknown)",
            p.Entry.Review.TicketId,
            p.Entry.Summary,
            technician(p),
            p.Hours,
            p.Entry.Class,
            p.Entry.Multiplier,
            p.WorkType,
            p.Rate,
            p.Extra,
        ]).ToList();
        var unpriced = priced.Count(p => p.Extra is null);
        var missing = unpriced switch { 0 => "", 1 => " 1 entry has no rate and no amount.", _ => string.Create(CultureInfo.InvariantCulture, $" {unpriced} entries have no rate and no amount.") };
        return new ReportTable("entries", "After-hours time entries",
        [
            new("date", "Date"),
            new("client", "Client"),
            new("ticket", "Ticket", ReportValueKind.Count),
            new("summary", "Summary"),
            new("technician", "Technician"),
            new("hours", "Hours", ReportValueKind.Hours),
            new("class", "Contract class"),
            new("multiplier", "Multiplier", ReportValueKind.Number),
            new("work-type", "Work type"),
            new("rate", "Rate", ReportValueKind.Money),
            new("extra", "Extra revenue", ReportValueKind.Money),
        ], rows)
        {
            Note = string.Create(CultureInfo.InvariantCulture,
                $"Extra revenue = hours × rate × (multiplier − 1); included work (a 24x7 contract) brings none and is shown with 0. The rate is the client's " +
                $"(Reporting:Ledger:Rates), else the work type's (Reporting:Ledger:WorkTypeRates), else Reporting:Ledger:DefaultRate. Total extra revenue " +
                $"{priced.Sum(p => p.Extra ?? 0m):0.00} from {priced.Sum(p => p.Hours):0.00} hours.{missing}"),
            ChartColumn = "extra",
        };
    }

    private static ReportTable IncentiveTable(IReadOnlyList<Priced> priced, decimal incentive, Func<Priced, string> technician)
    {
        var total = priced.Sum(p => p.Extra ?? 0m);
        var rows = priced.GroupBy(technician, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g =>
            {
                var extra = g.Sum(p => p.Extra ?? 0m);
                return (IReadOnlyList<object?>)
                [
                    g.Key, g.Count(),
                    g.Where(p => p.Entry.Class == LedgerEntry.AfterHoursClass).Sum(p => p.Hours),
                    g.Where(p => p.Entry.Class == LedgerEntry.IncludedClass).Sum(p => p.Hours),
                    extra, extra * incentive, total == 0 ? null : extra / total,
                ];
            })
            .ToList();
        return new ReportTable("incentive", "Each technician's share of the extra revenue",
        [
            new("technician", "Technician"),
            new("entries", "Entries", ReportValueKind.Count),
            new("after-hours-hours", "After-hours hours", ReportValueKind.Hours),
            new("included-hours", "Included hours", ReportValueKind.Hours),
            new("extra", "Extra revenue", ReportValueKind.Money),
            new("incentive", "Incentive", ReportValueKind.Money),
            new("extra-share", "Share of the extra revenue", ReportValueKind.Percent),
        ], rows)
        {
            Note = string.Create(CultureInfo.InvariantCulture,
                $"Incentive = extra revenue × {incentive:0.####} (Reporting:Ledger:Incentive), to whoever logged the time: {total * incentive:0.00} in all."),
            ChartColumn = "incentive",
        };
    }

    /// <summary>An entry with its hours, work type, rate and extra revenue (null when no rate prices it).</summary>
    private sealed record Priced(LedgerEntry Entry, decimal Hours, string? WorkType, decimal? Rate, decimal? Extra)
    {
        public static Priced Of(LedgerEntry entry, decimal? rate)
        {
            var hours = entry.Review.Hours ?? 0m;
            var extra = entry.Class == LedgerEntry.IncludedClass ? 0m : hours * rate * (entry.Multiplier - 1m);
            return new Priced(entry, hours, Rates.WorkTypeOf(entry), rate, extra);
        }
    }

    /// <summary>The rate of an entry: the client's, else its work type's, else the default.</summary>
    private sealed class Rates(LedgerOptions options)
    {
        private readonly Dictionary<string, decimal> _clients = new(options.Rates, StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, decimal> _workTypes = new(options.WorkTypeRates, StringComparer.OrdinalIgnoreCase);

        public static string? WorkTypeOf(LedgerEntry entry) => entry.Review.WorkType ?? entry.Review.ExpectedWorkType;

        public decimal? For(LedgerEntry entry) =>
            entry.Company is { } company && _clients.TryGetValue(company.Trim(), out var byClient) ? byClient
            : WorkTypeOf(entry) is { } workType && _workTypes.TryGetValue(workType.Trim(), out var byWorkType) ? byWorkType
            : options.DefaultRate;
    }
}
