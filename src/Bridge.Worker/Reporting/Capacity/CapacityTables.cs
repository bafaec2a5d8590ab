using System.Globalization;

namespace Bridge.Worker.Reporting.Capacity;

/// <summary>The capacity plan as report tables (seed 003's layout): the tiers, then dispatch. Figures rounded to two decimals.</summary>
internal static class CapacityTables
{
    public const string TiersKey = "tiers";
    public const string DispatchKey = "dispatch";

    public static IReadOnlyList<ReportColumn> TierColumns { get; } =
    [
        new("tier", "Tier"),
        new("tickets", "Tickets per year", ReportValueKind.Count),
        new("target_minutes", "Targeted work time per ticket", ReportValueKind.Minutes),
        new("required_hours", "Required work hours", ReportValueKind.Hours),
        new("technicians", "Technicians today", ReportValueKind.Number),
        new("fte_needed", "FTE technicians needed", ReportValueKind.Number),
        new("over_under", "Over/under capacity", ReportValueKind.Number),
    ];

    public static IReadOnlyList<ReportColumn> DispatchColumns { get; } =
    [
        new("tickets", "Tickets per year (every tier)", ReportValueKind.Count),
        new("dispatchers", "Dispatchers today", ReportValueKind.Number),
        new("dispatchers_needed", "Dispatchers needed", ReportValueKind.Number),
        new("over_under", "Over/under capacity", ReportValueKind.Number),
    ];

    /// <param name="plan">The plan.</param>
    /// <param name="inputs">What it was computed from (for the notes' constants).</param>
    /// <param name="unmapped">Tickets no tier rule matched (counted in tier 1), or null when the counts came from config.</param>
    public static IReadOnlyList<ReportTable> For(CapacityPlan plan, CapacityInputs inputs, long? unmapped)
    {
        var rows = plan.Tiers.Select(t => (IReadOnlyList<object?>)
        [
            CapacityTiers.Title(t.Tier), t.TicketsPerYear, t.TargetMinutes, Round(t.RequiredHours), Round(t.Technicians), Round(t.FteNeeded), Round(t.OverUnder),
        ]).ToList();
        var unmappedNote = unmapped switch
        {
            null => "",
            0 => " Every ticket matched a rule of Reporting:Capacity:Tiers.",
            { } n => $" {Number(n)} of {Number(plan.TotalTickets)} tickets matched no rule of Reporting:Capacity:Tiers and are counted in Tier 1.",
        };
        var tiers = new ReportTable(TiersKey, "Trouble tickets and help-desk staffing", TierColumns, rows)
        {
            ChartColumn = "over_under",
            Note = $"Required hours = tickets × targeted minutes / 60; FTE needed = required hours / {Number(inputs.AvailableHoursPerTechnicianPerYear)} h "
                + "available per technician per year (Reporting:Capacity:AvailableHoursPerTechnicianPerYear; seed 003's table implies "
                + "1,092.50–1,092.89 h, and 1,092.75 h = 91.06 h a month is the default); over/under = technicians today − FTE needed, "
                + "negative where the tier is short." + unmappedNote,
        };
        var dispatch = new ReportTable(DispatchKey, "Dispatch staffing", DispatchColumns,
            [[plan.TotalTickets, Round(plan.Dispatchers), Round(plan.DispatchersNeeded), Round(plan.DispatchOverUnder)]])
        {
            Note = $"Dispatchers needed = every tier's tickets / {Number(inputs.TicketsPerDispatcherPerYear)} tickets a dispatcher handles a year "
                + "(Reporting:Capacity:TicketsPerDispatcherPerYear; seed 003: 36,000 tickets / 1.25 dispatchers = 28,800).",
        };
        return [tiers, dispatch];
    }

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
