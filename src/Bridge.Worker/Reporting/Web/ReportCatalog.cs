using System.Globalization;
using Bridge.Worker.Kernel;
using Bridge.Worker.Routing;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace Bridge.Worker.Reporting.Web;

/// <summary>
/// The registered reports, found by name, and the period a reader asks for: <c>from</c> and <c>to</c> are dates in the
/// MSP's zone (<c>Routing:TimeZone</c>), both included, written YYYY-MM-DD; either may be left out.
/// </summary>
internal sealed class ReportCatalog(IEnumerable<IReport> reports, IOptionsMonitor<RoutingOptions> routing, TimeProvider time)
{
    /// <summary>The longest period a report is built for (a year and a month: the capacity plan reads twelve months).</summary>
    public const int MaxDays = 400;

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    public IReadOnlyList<IReport> All { get; } = reports.ToList();

    public DateTimeZone Zone => TimeZoneResolver.Find(routing.CurrentValue.TimeZone) ?? DateTimeZone.Utc;

    public IReport? Find(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : All.FirstOrDefault(r => r.Name.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The report's default period, or the one asked for; null with the reason when a date is not one or the dates do not make a period.</summary>
    public (ReportPeriod? Period, string? Problem) Period(IReport report, string? from, string? to)
    {
        var zone = Zone;
        var standard = report.DefaultPeriod(time.GetUtcNow(), zone);
        if (string.IsNullOrWhiteSpace(from) && string.IsNullOrWhiteSpace(to))
        {
            return (standard, null);
        }

        if (!TryDate(from, "from", out var first, out var problem) || !TryDate(to, "to", out var last, out problem))
        {
            return (null, problem);
        }

        var start = first ?? (last!.Value.PlusDays(1 - standard.Days));
        var end = (last ?? (first!.Value.PlusDays(standard.Days - 1))).PlusDays(1);
        if (end <= start)
        {
            return (null, $"to ({Text(end.PlusDays(-1))}) is before from ({Text(start)}): the period runs from one date to a later one, both included.");
        }

        var period = new ReportPeriod(start, end, zone);
        return period.Days > MaxDays
            ? (null, $"the period from {Text(start)} to {Text(end.PlusDays(-1))} holds {period.Days} days: a report covers at most {MaxDays}.")
            : (period, null);
    }

    private static bool TryDate(string? text, string name, out LocalDate? date, out string? problem)
    {
        date = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var parsed = DatePattern.Parse(text.Trim());
        if (!parsed.Success)
        {
            problem = $"{name} '{text.Trim()}' is not a date: write it as YYYY-MM-DD, e.g. 2026-11-30.";
            return false;
        }

        date = parsed.Value;
        return true;
    }

    private static string Text(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
