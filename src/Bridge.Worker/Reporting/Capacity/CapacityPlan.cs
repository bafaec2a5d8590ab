namespace Bridge.Worker.Reporting.Capacity;

/// <summary>One tier of the plan: the hours its tickets need, the FTE that takes, and the gap to today's staff (negative: short).</summary>
internal sealed record CapacityTierPlan(
    string Tier,
    long TicketsPerYear,
    decimal TargetMinutes,
    decimal RequiredHours,
    decimal Technicians,
    decimal FteNeeded,
    decimal OverUnder);

/// <summary>The plan: every tier, then the dispatchers every ticket passes through.</summary>
internal sealed record CapacityPlan(
    IReadOnlyList<CapacityTierPlan> Tiers,
    long TotalTickets,
    decimal Dispatchers,
    decimal DispatchersNeeded,
    decimal DispatchOverUnder);
