namespace Bridge.Worker.Routing;

/// <summary>One step of a decision: the rule that applied, the configuration key it came from, and what it said.</summary>
internal sealed record RoutingReason(string Rule, string ConfigKey, string Text)
{
    public override string ToString() => $"[{Rule}] {Text} ({ConfigKey})";
}
