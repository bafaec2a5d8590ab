namespace Bridge.Worker.Routing.Rules;

/// <summary>A client's emergency rules and exclusions (its own plus, unless it opted out, the default's).</summary>
internal sealed record EmergencyRuleSet(IReadOnlyList<EmergencyRule> Rules, IReadOnlyList<EmergencyRule> Exclusions)
{
    public static EmergencyRuleSet Empty { get; } = new([], []);
}
