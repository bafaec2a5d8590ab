using System.Globalization;
using Bridge.Worker.Ingest;
using Bridge.Worker.Routing;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Bridge.Worker.Reporting.ServiceDesk;

/// <summary>
/// <c>service-desk</c>: seed 003's morning figures read from ConnectWise (tickets closed within SLA, carry-over,
/// closed last week, pending; hours by kind; utilization) and seed 004's pipe and backlog. Read only when the report
/// is built, never by the poller; kept per period for <c>Reporting:ServiceDesk:CacheDuration</c>.
/// </summary>
internal sealed class ServiceDeskReport(
    ServiceDeskReader reader,
    RoutingPolicyProvider routing,
    IOptionsMonitor<ReportingOptions> reporting,
    IOptionsMonitor<IngestOptions> ingest,
    TimeProvider time) : IReport
{
    public const string ReportName = "service-desk";

    private readonly ReportResultCache _cache = new(time);

    public string Name => ReportName;

    public string Title => "Service desk";

    public string Summary => "Yesterday's tickets closed within SLA, carry-over, pending, hours by kind, utilization per technician and the backlog in weeks.";

    public ReportPeriod DefaultPeriod(DateTimeOffset now, DateTimeZone zone) => ReportPeriod.Yesterday(now, zone);

    public Task<ReportResult> BuildAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var options = reporting.CurrentValue.ServiceDesk;
        return _cache.GetOrBuildAsync(period, options.CacheDuration, ct => ReadAsync(period, options, ct), cancellationToken);
    }

    private async Task<(ReportResult, bool)> ReadAsync(ReportPeriod period, ServiceDeskOptions options, CancellationToken cancellationToken)
    {
        var boards = BoardFilter.Boards(options.Boards, ingest.CurrentValue.Boards);
        var readings = await reader.ReadAsync(period, BoardFilter.Condition(boards), cancellationToken);
        var tables = Tables(period, readings, options, routing.Policy.Default.Calendar);
        var readAt = Instant.FromDateTimeOffset(readings.ReadAt).InZone(period.Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var notes = new List<string>
        {
            readings.Complete
                ? $"ConnectWise figures for {BoardFilter.Describe(boards)} as of {readAt}, kept for {options.CacheDuration:g}."
                : $"ConnectWise figures for {BoardFilter.Describe(boards)} as of {readAt}; some could not be read (see each table) and are read again on the next view.",
        };
        return (new ReportResult(Name, Title, period, tables) { Notes = notes }, readings.Complete);
    }

    internal static IReadOnlyList<ReportTable> Tables(ReportPeriod period, ServiceDeskReadings readings, ServiceDeskOptions options, Routing.Calendar.BusinessCalendar calendar)
    {
        var businessDays = AvailableHours.BusinessDays(calendar, period);
        var hours = readings.Time.Ok ? ServiceDeskCalculator.HoursByKind(readings.Time.Value, HourKindClassifier.From(options)) : null;
        var technicians = readings.Time.Ok
            ? ServiceDeskCalculator.Utilization(readings.Time.Value, options.Technicians, options.AvailableHoursPerDay, businessDays)
            : null;
        var configured = options.Technicians.Count > 0;
        var perDay = configured
            ? options.Technicians.Values.ToList()
            : readings.Time.Ok
                ? readings.Time.Value.Select(e => e.Member).Distinct(StringComparer.OrdinalIgnoreCase).Select(_ => options.AvailableHoursPerDay).ToList()
                : [];
        var backlog = readings.Pipe.Ok ? ServiceDeskCalculator.Backlog(readings.Pipe.Value, perDay, AvailableHours.BusinessDaysPerWeek(calendar.Hours)) : null;
        return
        [
            ServiceDeskTables.Tickets(period, readings),
            ServiceDeskTables.Hours(readings.Time, hours),
            ServiceDeskTables.Utilization(readings.Time, technicians, businessDays, options.AvailableHoursPerDay),
            ServiceDeskTables.Backlog(readings.Pipe, readings.Pending, backlog, configured),
        ];
    }
}
