namespace Bridge.Worker.Reporting.Capacity;

/// <summary>
/// One rule of <c>Reporting:Capacity:Tiers</c>: tickets on <see cref="Board"/> and/or of <see cref="Type"/> count in
/// <see cref="Tier"/>. Names compare without case; <c>*</c> matches any run of characters. The first matching rule wins.
/// </summary>
public sealed class CapacityTierRuleOptions
{
    /// <summary>The ticket's board name, e.g. <c>Service Desk</c> or <c>Onsite*</c>; empty: any board.</summary>
    public string? Board { get; set; }

    /// <summary>The ticket's type name, e.g. <c>Server</c>; empty: any type.</summary>
    public string? Type { get; set; }

    /// <summary><c>tier1</c>, <c>tier2</c>, <c>tier3</c> or <c>onsite</c>.</summary>
    public string? Tier { get; set; }
}
