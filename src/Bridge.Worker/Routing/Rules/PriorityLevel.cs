namespace Bridge.Worker.Routing.Rules;

/// <summary>A configured priority level (P1…): the ConnectWise priorities it covers, its SLA and policies.</summary>
internal sealed record PriorityLevel(
    string Key,
    IReadOnlySet<int> Ids,
    IReadOnlySet<string> Names,
    SlaTargets Sla,
    string Policy,
    string? UnassignedPolicy,
    string ConfigKey)
{
    public string PolicyFor(bool assigned) => assigned ? Policy : UnassignedPolicy ?? Policy;
}
