namespace Bridge.Worker.Reporting.ServiceDesk;

/// <summary>Everything the service-desk report read from ConnectWise for one period, each part with its own failure.</summary>
internal sealed record ServiceDeskReadings(
    Reading<int> ClosedWithinSla,
    Reading<int> Closed,
    Reading<int> CarryOver,
    Reading<int> ClosedLastWeek,
    Reading<int> Pending,
    Reading<IReadOnlyList<LoggedTime>> Time,
    Reading<IReadOnlyList<PipeTicket>> Pipe,
    DateTimeOffset ReadAt)
{
    public bool Complete => ClosedWithinSla.Ok && Closed.Ok && CarryOver.Ok && ClosedLastWeek.Ok && Pending.Ok && Time.Ok && Pipe.Ok;
}
