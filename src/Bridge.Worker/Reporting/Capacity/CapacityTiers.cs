namespace Bridge.Worker.Reporting.Capacity;

/// <summary>The tiers of the capacity plan, in the order the table lists them (seed 003's columns).</summary>
public static class CapacityTiers
{
    public const string Tier1 = "tier1";
    public const string Tier2 = "tier2";
    public const string Tier3 = "tier3";
    public const string Onsite = "onsite";

    /// <summary>Every tier, in table order.</summary>
    public static IReadOnlyList<string> All { get; } = [Tier1, Tier2, Tier3, Onsite];

    /// <summary>The tier as written in config (any case), or null when it is not one.</summary>
    public static string? Canonical(string? name) =>
        All.FirstOrDefault(t => string.Equals(t, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>"Tier 1", "Onsite": the tier as the table heads it.</summary>
    public static string Title(string tier) => tier switch
    {
        Tier1 => "Tier 1",
        Tier2 => "Tier 2",
        Tier3 => "Tier 3",
        Onsite => "Onsite",
        _ => tier,
    };
}
