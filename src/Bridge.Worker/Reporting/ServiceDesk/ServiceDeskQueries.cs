using Bridge.Connectors.ConnectWise;

namespace Bridge.Worker.Reporting.ServiceDesk;

/// <summary>
/// What the service-desk report asks ConnectWise, one condition per figure (the board filter goes in front of the
/// ticket ones). Counts use <c>service/tickets/count</c>; lists ask only for the fields they read.
/// </summary>
internal static class ServiceDeskQueries
{
    /// <summary>The pipe's partial response.</summary>
    public const string PipeFields = "id,budgetHours,actualHours";

    /// <summary>The time entries' partial response.</summary>
    public const string TimeEntryFields = "id,member/identifier,member/name,chargeToType,workType/name,billableOption,actualHours,hoursBilled";

    /// <summary>Closed in the period (by <c>closedDate</c>).</summary>
    public static Condition Closed(ReportPeriod period) => Conditions.And(
        Conditions.Field("closedFlag").Equal(true),
        Conditions.Field("closedDate").GreaterThanOrEqual(period.Start),
        Conditions.Field("closedDate").LessThan(period.End));

    /// <summary>Closed in the period and still within its SLA (<c>isInSla</c>).</summary>
    public static Condition ClosedWithinSla(ReportPeriod period) => Conditions.And(Closed(period), Conditions.Field("isInSla").Equal(true));

    /// <summary>
    /// Carry-over: entered before the period and still open at its end (open now, or closed only after it). A ticket
    /// entered before the period and open at its end was open all through it (a reopened ticket counts once).
    /// </summary>
    public static Condition CarryOver(ReportPeriod period) => Conditions.And(
        Conditions.Field("dateEntered").LessThan(period.Start),
        Conditions.Or(Conditions.Field("closedFlag").Equal(false), Conditions.Field("closedDate").GreaterThanOrEqual(period.End)));

    /// <summary>Open now.</summary>
    public static Condition Pending() => Conditions.Field("closedFlag").Equal(false);

    /// <summary>Open now with budget hours (the rest have nothing to add to the pipe).</summary>
    public static Condition Pipe() => Conditions.And(Conditions.Field("closedFlag").Equal(false), Conditions.Field("budgetHours").GreaterThan(0m));

    /// <summary>Time entries that started in the period (every board: time is the technician's day, not a board's).</summary>
    public static Condition TimeEntries(ReportPeriod period) => Conditions.And(
        Conditions.Field("timeStart").GreaterThanOrEqual(period.Start),
        Conditions.Field("timeStart").LessThan(period.End));

    /// <summary>The seven days that end with the period's last day.</summary>
    public static ReportPeriod LastWeek(ReportPeriod period) => new(period.To.PlusDays(-7), period.To, period.Zone);
}
