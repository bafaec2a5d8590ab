namespace Bridge.Worker.Reporting.Capacity;

/// <summary>One tier's demand and staff: tickets a year, targeted minutes per ticket, technicians today.</summary>
internal sealed record CapacityTierInput(string Tier, long TicketsPerYear, decimal TargetMinutes, decimal Technicians);

/// <summary>Everything the capacity plan is computed from (seed 003's "required data").</summary>
internal sealed record CapacityInputs(
    IReadOnlyList<CapacityTierInput> Tiers,
    decimal AvailableHoursPerTechnicianPerYear,
    decimal Dispatchers,
    decimal TicketsPerDispatcherPerYear);
