namespace Bridge.Connectors.ConnectWise;

/// <summary>Whether a <see cref="Condition"/> is a single comparison or a group.</summary>
internal enum ConditionKind
{
    Comparison,
    And,
    Or,
}
