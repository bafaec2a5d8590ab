namespace Bridge.Worker.Reporting.Capacity;

/// <summary>
/// Seed 003's capacity table as arithmetic, with no I/O: required hours = tickets × targeted minutes / 60; FTE needed
/// = required hours / available hours per technician per year; over/under = technicians − FTE needed; dispatchers
/// needed = all tickets / tickets per dispatcher per year; over/under = dispatchers − needed. Figures are exact;
/// whoever writes them rounds (two decimals in the table).
/// </summary>
internal static class CapacityCalculator
{
    private const decimal MinutesPerHour = 60m;

    public static CapacityPlan Plan(CapacityInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(inputs.AvailableHoursPerTechnicianPerYear, 0m);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(inputs.TicketsPerDispatcherPerYear, 0m);
        var tiers = inputs.Tiers.Select(t =>
        {
            var required = t.TicketsPerYear * t.TargetMinutes / MinutesPerHour;
            var fte = required / inputs.AvailableHoursPerTechnicianPerYear;
            return new CapacityTierPlan(t.Tier, t.TicketsPerYear, t.TargetMinutes, required, t.Technicians, fte, t.Technicians - fte);
        }).ToList();
        var total = inputs.Tiers.Sum(t => t.TicketsPerYear);
        var dispatchers = total / inputs.TicketsPerDispatcherPerYear;
        return new CapacityPlan(tiers, total, inputs.Dispatchers, dispatchers, inputs.Dispatchers - dispatchers);
    }
}
