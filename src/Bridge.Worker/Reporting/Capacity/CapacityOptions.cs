namespace Bridge.Worker.Reporting.Capacity;

/// <summary>
/// <c>Reporting:Capacity</c>: how the capacity plan turns a year of tickets into staffing (seed 003's table).
/// The defaults are the constants that table implies: with them, its 30,000 / 2,100 / 900 / 3,000 tickets give its
/// 20.59 / 2.88 / 2.47 / 8.24 FTE and its 1.25 dispatchers.
/// </summary>
public sealed class CapacityOptions
{
    /// <summary>
    /// Seed 003's FTE figures (22,500 / 3,150 / 2,700 / 9,000 h → 20.59 / 2.88 / 2.47 / 8.24) hold for any yearly
    /// availability in (1,092.498…, 1,092.896…] hours (the bounds come from 22,500 / 20.595 and 9,000 / 8.235).
    /// 1,092.75 h is the quarter hour in the middle of that interval: 91.06 h a month, about 21 h of ticket work a
    /// week, the rest of a technician's paid time going to leave, training, meetings and project work.
    /// </summary>
    public const decimal DefaultAvailableHoursPerTechnicianPerYear = 1_092.75m;

    /// <summary>
    /// Seed 003's 1.25 dispatchers for its 36,000 tickets (every tier's count, as each ticket is dispatched once)
    /// is 36,000 / 1.25 = 28,800 tickets a dispatcher handles a year: 2,400 a month, about 115 a business day.
    /// </summary>
    public const decimal DefaultTicketsPerDispatcherPerYear = 28_800m;

    /// <summary>Board / type → tier rules, first match wins; a ticket no rule matches counts in tier 1 (the table says how many).</summary>
    public IList<CapacityTierRuleOptions> Tiers { get; set; } = [];

    /// <summary>Targeted work time per ticket before escalation, in minutes, per tier (seed 003: 45 / 90 / 180 / 180).</summary>
    public Dictionary<string, decimal> TargetMinutes { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        [CapacityTiers.Tier1] = 45m,
        [CapacityTiers.Tier2] = 90m,
        [CapacityTiers.Tier3] = 180m,
        [CapacityTiers.Onsite] = 180m,
    };

    /// <summary>Technicians (FTE) working each tier today; a tier not listed has none.</summary>
    public Dictionary<string, decimal> Technicians { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Hours a year one technician spends on tickets; see <see cref="DefaultAvailableHoursPerTechnicianPerYear"/>.</summary>
    public decimal AvailableHoursPerTechnicianPerYear { get; set; } = DefaultAvailableHoursPerTechnicianPerYear;

    /// <summary>Dispatchers (FTE) today.</summary>
    public decimal Dispatchers { get; set; }

    /// <summary>Tickets one dispatcher handles a year; see <see cref="DefaultTicketsPerDispatcherPerYear"/>.</summary>
    public decimal TicketsPerDispatcherPerYear { get; set; } = DefaultTicketsPerDispatcherPerYear;

    /// <summary>
    /// Tickets a year per tier, instead of counting ConnectWise's: when any tier is listed the plan reads nothing from
    /// ConnectWise (a tier not listed has none). For planning a year ahead, or reproducing seed 003's table.
    /// </summary>
    public Dictionary<string, long> TicketsPerYear { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Service boards whose tickets are counted, by name or id. Empty: the boards in <c>Ingest:Boards</c> (empty there too: every board).</summary>
    public IList<string> Boards { get; set; } = [];

    /// <summary>How long a plan read from ConnectWise is reused before it is read again.</summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromHours(1);
}
