namespace Bridge.Worker.Reporting.ServiceDesk;

/// <summary><c>Reporting:ServiceDesk</c>: the morning figures read from ConnectWise (seed 003's KPI list, seed 004's backlog).</summary>
public sealed class ServiceDeskOptions
{
    /// <summary>Service boards whose tickets are counted, by name or id. Empty: the boards in <c>Ingest:Boards</c> (empty there too: every board).</summary>
    public IList<string> Boards { get; set; } = [];

    /// <summary>How long figures read for one period are reused (the page, its CSV and the digest share one read).</summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Hours a technician is available on a business day (the routing calendar's days, holidays excluded).</summary>
    public decimal AvailableHoursPerDay { get; set; } = 8m;

    /// <summary>
    /// Technicians by member identifier → available hours per business day, for part-timers; listing any also makes
    /// them the technicians the backlog is divided by (else: whoever logged time in the period).
    /// </summary>
    public Dictionary<string, decimal> Technicians { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Time entry → kind rules, first match wins; empty: <see cref="HourKinds.DefaultRules"/>.</summary>
    public IList<HourKindRuleOptions> HourKinds { get; set; } = [];

    /// <summary>The kind of a time entry no rule matches.</summary>
    public string DefaultHourKind { get; set; } = ServiceDesk.HourKinds.ManagedServices;
}
