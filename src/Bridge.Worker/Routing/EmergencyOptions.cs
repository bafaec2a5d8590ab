namespace Bridge.Worker.Routing;

/// <summary>Emergency rules and exclusions; an exclusion that matches always wins over any rule.</summary>
public sealed class EmergencyOptions
{
    /// <summary>Any rule that matches makes the ticket an emergency.</summary>
    public List<EmergencyRuleOptions>? Rules { get; set; }

    /// <summary>Any exclusion that matches makes the ticket not an emergency, whatever the rules say.</summary>
    public List<EmergencyRuleOptions>? Exclusions { get; set; }

    /// <summary>On a client: also apply the default's rules and exclusions (true unless set false).</summary>
    public bool InheritDefault { get; set; } = true;
}
