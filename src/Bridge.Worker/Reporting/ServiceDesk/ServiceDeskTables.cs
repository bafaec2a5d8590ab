using System.Globalization;
using NodaTime;

namespace Bridge.Worker.Reporting.ServiceDesk;

/// <summary>The service-desk figures as report tables: tickets, hours by kind, utilization, backlog. Hours rounded to two decimals.</summary>
internal static class ServiceDeskTables
{
    public const string TicketsKey = "tickets";
    public const string HoursKey = "hours";
    public const string UtilizationKey = "utilization";
    public const string BacklogKey = "backlog";

    public static IReadOnlyList<ReportColumn> TicketColumns { get; } =
    [
        new("figure", "Figure"),
        new("tickets", "Tickets", ReportValueKind.Count),
        new("remark", "Remark"),
    ];

    public static IReadOnlyList<ReportColumn> HourColumns { get; } =
    [
        new("kind", "Kind"),
        new("logged_hours", "Hours logged", ReportValueKind.Hours),
        new("billed_hours", "Hours billed", ReportValueKind.Hours),
    ];

    public static IReadOnlyList<ReportColumn> UtilizationColumns { get; } =
    [
        new("technician", "Technician"),
        new("member", "Member"),
        new("logged_hours", "Hours logged", ReportValueKind.Hours),
        new("billable_hours", "Billable hours", ReportValueKind.Hours),
        new("available_hours", "Available hours", ReportValueKind.Hours),
        new("utilization", "Utilization", ReportValueKind.Percent),
    ];

    public static IReadOnlyList<ReportColumn> BacklogColumns { get; } =
    [
        new("tickets_with_budget", "Open tickets with budget hours", ReportValueKind.Count),
        new("pipe_hours", "Hours in the pipe", ReportValueKind.Hours),
        new("technicians", "Technicians", ReportValueKind.Count),
        new("weekly_hours", "Their hours a week", ReportValueKind.Hours),
        new("backlog_weeks", "Backlog in weeks", ReportValueKind.Number),
    ];

    public static ReportTable Tickets(ReportPeriod period, ServiceDeskReadings r)
    {
        var day = Date(period.LastDay);
        var single = period.Days == 1;
        var week = ServiceDeskQueries.LastWeek(period);
        var share = r.ClosedWithinSla.Ok && r.Closed.Ok && r.Closed.Value > 0
            ? $"{Math.Round(100m * r.ClosedWithinSla.Value / r.Closed.Value, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture)} % of {r.Closed.Value.ToString(CultureInfo.InvariantCulture)} closed"
            : null;
        IReadOnlyList<IReadOnlyList<object?>> rows =
        [
            Row(single ? $"Closed within SLA on {day}" : $"Closed within SLA {period}", r.ClosedWithinSla, share),
            Row(single ? $"Closed on {day}" : $"Closed {period}", r.Closed, null),
            Row($"Carry-over: entered before {Date(period.From)}, still open at the end of {day}", r.CarryOver, null),
            Row($"Closed in the 7 days {week}", r.ClosedLastWeek, null),
            Row("Pending (open now)", r.Pending, null),
        ];
        return new ReportTable(TicketsKey, "Trouble tickets", TicketColumns, rows)
        {
            Note = "Counted by ConnectWise (service/tickets/count): closedDate, closedFlag and isInSla as ConnectWise keeps them; days in the MSP's zone.",
        };
    }

    public static ReportTable Hours(Reading<IReadOnlyList<LoggedTime>> time, IReadOnlyList<HoursOfKind>? hours)
    {
        if (!time.Ok || hours is null)
        {
            return new ReportTable(HoursKey, "Hours logged and billed", HourColumns,
                HourKinds.All.Select(k => (IReadOnlyList<object?>)[HourKinds.Title(k), null, null]).ToList())
            {
                Note = $"Time entries could not be read: {time.Failure}.",
            };
        }

        var rows = hours.Select(h => (IReadOnlyList<object?>)[HourKinds.Title(h.Kind), Round(h.Logged), Round(h.Billed)]).ToList();
        rows.Add(["Total", Round(hours.Sum(h => h.Logged)), Round(hours.Sum(h => h.Billed))]);
        return new ReportTable(HoursKey, "Hours logged and billed", HourColumns, rows)
        {
            ChartColumn = "logged_hours",
            Note = $"{time.Value.Count.ToString(CultureInfo.InvariantCulture)} time entries that started in the period; logged = actualHours, billed = hoursBilled. "
                + "Kinds by Reporting:ServiceDesk:HourKinds (first match wins; by default project tickets → project, an onsite work type → onsite, "
                + "DoNotBill / NoCharge → non-billable, the rest → managed services).",
        };
    }

    public static ReportTable Utilization(Reading<IReadOnlyList<LoggedTime>> time, IReadOnlyList<TechnicianUtilization>? technicians, int businessDays, decimal hoursPerDay)
    {
        var basis = $"Available = {businessDays.ToString(CultureInfo.InvariantCulture)} business days (the routing calendar, holidays excluded) × "
            + $"{hoursPerDay.ToString("0.##", CultureInfo.InvariantCulture)} h (Reporting:ServiceDesk:AvailableHoursPerDay, or the technician's own under Reporting:ServiceDesk:Technicians); utilization = billable / available.";
        if (!time.Ok || technicians is null)
        {
            return new ReportTable(UtilizationKey, "Utilization by technician", UtilizationColumns, [])
            {
                Note = $"Time entries could not be read: {time.Failure}. " + basis,
            };
        }

        var rows = technicians.Select(t => (IReadOnlyList<object?>)
            [t.Name, t.Member, Round(t.Logged), Round(t.Billable), Round(t.Available), t.Utilization is { } u ? Math.Round(u, 4, MidpointRounding.AwayFromZero) : null]).ToList();
        return new ReportTable(UtilizationKey, "Utilization by technician", UtilizationColumns, rows) { ChartColumn = "utilization", Note = basis };
    }

    public static ReportTable Backlog(Reading<IReadOnlyList<PipeTicket>> pipe, Reading<int> pending, Backlog? backlog, bool techniciansConfigured)
    {
        if (!pipe.Ok || backlog is null)
        {
            return new ReportTable(BacklogKey, "Hours in the pipe and backlog", BacklogColumns, [[null, null, null, null, null]])
            {
                Note = $"The open tickets' budget hours could not be read: {pipe.Failure}.",
            };
        }

        var unbudgeted = pending.Ok ? Math.Max(0, pending.Value - backlog.TicketsWithBudget) : (int?)null;
        var who = techniciansConfigured ? "the technicians under Reporting:ServiceDesk:Technicians" : "the technicians who logged time in the period";
        var note = $"Pipe = open tickets' budgetHours − actualHours (an overrun adds nothing); backlog = pipe / the weekly hours of {who}."
            + (unbudgeted is > 0 ? $" {unbudgeted.Value.ToString(CultureInfo.InvariantCulture)} open tickets have no budget hours: the pipe is short by their work." : "");
        return new ReportTable(BacklogKey, "Hours in the pipe and backlog", BacklogColumns,
            [[backlog.TicketsWithBudget, Round(backlog.PipeHours), backlog.Technicians, Round(backlog.WeeklyHours), backlog.Weeks is { } w ? Round(w) : null]])
        {
            Note = note,
        };
    }

    private static IReadOnlyList<object?> Row(string figure, Reading<int> reading, string? remark) =>
        reading.Ok ? [figure, reading.Value, remark] : [figure, null, $"Not read: {reading.Failure}"];

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static string Date(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
