using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.ConnectWise.Models;

namespace Bridge.Worker.Reporting.ServiceDesk;

/// <summary>
/// Reads the service-desk figures of one period from ConnectWise, one request after the other: five ticket counts,
/// the period's time entries and the open tickets with budget hours (pages of up to 1,000 rows, fields named). A
/// figure that cannot be read is recorded with the reason and the others are still read.
/// </summary>
internal sealed class ServiceDeskReader(IConnectWiseApi api, ConnectWisePager pager, TimeProvider time, ILogger<ServiceDeskReader> logger)
{
    public async Task<ServiceDeskReadings> ReadAsync(ReportPeriod period, Condition? boards, CancellationToken cancellationToken)
    {
        var readAt = time.GetUtcNow();
        var closedWithinSla = await CountAsync("closed within SLA", BoardFilter.On(boards, ServiceDeskQueries.ClosedWithinSla(period)), cancellationToken);
        var closed = await CountAsync("closed", BoardFilter.On(boards, ServiceDeskQueries.Closed(period)), cancellationToken);
        var carryOver = await CountAsync("carry-over", BoardFilter.On(boards, ServiceDeskQueries.CarryOver(period)), cancellationToken);
        var lastWeek = await CountAsync("closed last week", BoardFilter.On(boards, ServiceDeskQueries.Closed(ServiceDeskQueries.LastWeek(period))), cancellationToken);
        var pending = await CountAsync("pending", BoardFilter.On(boards, ServiceDeskQueries.Pending()), cancellationToken);
        var timeEntries = await ReadListAsync("time entries", ct => TimeAsync(period, ct), cancellationToken);
        var pipe = await ReadListAsync("the pipe", ct => PipeAsync(BoardFilter.On(boards, ServiceDeskQueries.Pipe()), ct), cancellationToken);
        return new ServiceDeskReadings(closedWithinSla, closed, carryOver, lastWeek, pending, timeEntries, pipe, readAt);
    }

    private Task<Reading<int>> CountAsync(string figure, Condition conditions, CancellationToken cancellationToken) =>
        ReadListAsync(figure, async ct => (await api.GetTicketCountAsync(conditions, cancellationToken: ct)).Count, cancellationToken);

    private async Task<IReadOnlyList<LoggedTime>> TimeAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var conditions = ServiceDeskQueries.TimeEntries(period).ToString();
        var entries = new List<LoggedTime>();
        await foreach (var entry in pager.EnumerateAsync<TimeEntry>(
            (size, ct) => api.GetTimeEntriesAsync(conditions, "id asc", ServiceDeskQueries.TimeEntryFields, 1, size, ct), cancellationToken))
        {
            var member = entry.Member?.Identifier ?? entry.Member?.Name ?? "(no member)";
            var actual = entry.ActualHours ?? 0m;
            var billed = entry.HoursBilled ?? (string.Equals(entry.BillableOption, "Billable", StringComparison.OrdinalIgnoreCase) ? actual : 0m);
            entries.Add(new LoggedTime(member, entry.Member?.Name, entry.WorkType?.Name, entry.ChargeToType, entry.BillableOption, actual, billed));
        }

        return entries;
    }

    private async Task<IReadOnlyList<PipeTicket>> PipeAsync(Condition conditions, CancellationToken cancellationToken)
    {
        var text = conditions.ToString();
        var tickets = new List<PipeTicket>();
        await foreach (var page in pager.EnumerateForwardOnlyAsync<Ticket>(
            (pageId, pageSize, ct) => api.GetTicketsForwardOnlyAsync(text, ServiceDeskQueries.PipeFields, pageId, pageSize, ct),
            ticket => ticket.Id,
            cancellationToken))
        {
            tickets.AddRange(page.Rows.Select(t => new PipeTicket(t.Id ?? 0, t.BudgetHours ?? 0m, t.ActualHours ?? 0m)));
        }

        return tickets;
    }

    private async Task<Reading<T>> ReadListAsync<T>(string figure, Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        try
        {
            return Reading<T>.Read(await read(cancellationToken));
        }
        catch (Exception ex) when (ConnectWiseFailure.IsConnectWise(ex) && !cancellationToken.IsCancellationRequested)
        {
            var why = ConnectWiseFailure.Describe(ex);
            ServiceDeskLog.FigureNotRead(logger, ServiceDeskReport.ReportName, figure, why, ex);
            return Reading<T>.Failed(why);
        }
    }
}
