using System.Globalization;
using Bridge.Worker.Ingest;
using Bridge.Worker.Reporting.ServiceDesk;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Bridge.Worker.Reporting.Capacity;

/// <summary>
/// <c>capacity</c>: seed 003's capacity plan from the last 12 months of ConnectWise tickets (or from
/// <c>Reporting:Capacity:TicketsPerYear</c>), cached for <c>Reporting:Capacity:CacheDuration</c>.
/// </summary>
internal sealed class CapacityReport(
    CapacityTicketReader reader,
    IOptionsMonitor<ReportingOptions> reporting,
    IOptionsMonitor<IngestOptions> ingest,
    TimeProvider time,
    ILogger<CapacityReport> logger) : IReport
{
    public const string ReportName = "capacity";

    private readonly ReportResultCache _cache = new(time);

    public string Name => ReportName;

    public string Title => "Capacity plan";

    public string Summary => "How many technicians and dispatchers a year of tickets needs per tier, against the staff today.";

    /// <summary>The 12 months up to today (today not included).</summary>
    public ReportPeriod DefaultPeriod(DateTimeOffset now, DateTimeZone zone)
    {
        var today = Instant.FromDateTimeOffset(now).InZone(zone).Date;
        return new ReportPeriod(today.PlusMonths(-12), today, zone);
    }

    public Task<ReportResult> BuildAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var options = reporting.CurrentValue.Capacity;
        if (options.TicketsPerYear.Count > 0)
        {
            var inputs = Inputs(options, tier => options.TicketsPerYear.TryGetValue(tier, out var n) ? n : 0);
            return Task.FromResult(Result(period, CapacityTables.For(CapacityCalculator.Plan(inputs), inputs, unmapped: null),
                ["Tickets per year from Reporting:Capacity:TicketsPerYear; ConnectWise was not read."]));
        }

        return _cache.GetOrBuildAsync(period, options.CacheDuration, ct => ReadAsync(period, options, ct), cancellationToken);
    }

    internal static CapacityInputs Inputs(CapacityOptions options, Func<string, long> tickets) => new(
        CapacityTiers.All.Select(t => new CapacityTierInput(
            t,
            tickets(t),
            options.TargetMinutes.TryGetValue(t, out var minutes) ? minutes : 0m,
            options.Technicians.TryGetValue(t, out var technicians) ? technicians : 0m)).ToList(),
        options.AvailableHoursPerTechnicianPerYear,
        options.Dispatchers,
        options.TicketsPerDispatcherPerYear);

    /// <summary>A period other than 12 months is scaled to a year (365.2425 days), so the plan is always per year.</summary>
    internal static decimal YearFactor(ReportPeriod period) =>
        period.From.PlusMonths(12) == period.To || period.Days <= 0 ? 1m : 365.2425m / period.Days;

    private async Task<(ReportResult, bool)> ReadAsync(ReportPeriod period, CapacityOptions options, CancellationToken cancellationToken)
    {
        var boards = BoardFilter.Boards(options.Boards, ingest.CurrentValue.Boards);
        var source = $"Service tickets entered {period} on {BoardFilter.Describe(boards)} (project tickets are not counted)";
        try
        {
            var counts = await reader.CountAsync(period, BoardFilter.Condition(boards), new CapacityTierClassifier(options.Tiers), cancellationToken);
            var factor = YearFactor(period);
            var inputs = Inputs(options, tier => (long)Math.Round(counts.PerTier[tier] * factor, MidpointRounding.AwayFromZero));
            var scaled = factor == 1m ? "" : $" The period is {period.Days.ToString(CultureInfo.InvariantCulture)} days: counts are scaled to a year.";
            var readAt = Instant.FromDateTimeOffset(time.GetUtcNow()).InZone(period.Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            return (Result(period, CapacityTables.For(CapacityCalculator.Plan(inputs), inputs, counts.Unmapped),
                [$"{source}, read from ConnectWise at {readAt} and kept for {options.CacheDuration:g}.{scaled}"]), true);
        }
        catch (Exception ex) when (ConnectWiseFailure.IsConnectWise(ex) && !cancellationToken.IsCancellationRequested)
        {
            var why = ConnectWiseFailure.Describe(ex);
            ServiceDeskLog.FigureNotRead(logger, ReportName, "tickets entered", why, ex);
            var inputs = Inputs(options, _ => 0);
            var tables = CapacityTables.For(CapacityCalculator.Plan(inputs), inputs, unmapped: null)
                .Select(t => t with { Rows = t.Rows.Select(r => (IReadOnlyList<object?>)r.Select((cell, i) => Blank(t, i) ? null : cell).ToList()).ToList() })
                .ToList();
            return (Result(period, tables, [$"{source}: the tickets could not be read: {why}. The plan needs them; nothing below is computed from ConnectWise."]), false);
        }
    }

    // Without the tickets, only today's staff and the targeted minutes are known.
    private static bool Blank(ReportTable table, int column) => table.Columns[column].Key is not ("tier" or "target_minutes" or "technicians" or "dispatchers");

    private ReportResult Result(ReportPeriod period, IReadOnlyList<ReportTable> tables, IReadOnlyList<string> notes) =>
        new(Name, Title, period, tables) { Notes = notes };
}
