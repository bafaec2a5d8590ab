namespace Bridge.Worker.Routing.Rules;

/// <summary>A configured priority level (P1…): the ConnectWise priorities it covers, its SLA and policies.</summary>
internal sealed record PriorityLevel(
    string Key,
    IReadOnlySet<int> Ids,
    IReadOnlySet<string> Names,
    SlaTargets Sla,
    string Policy,
    string? UnassignedPolicy,
    string ConfigKey,
    string? BusinessHoursPolicy = null,
    string? BusinessHoursUnassignedPolicy = null)
{
    public string PolicyFor(bool assigned) => assigned ? Policy : UnassignedPolicy ?? Policy;

    /// <summary>The desk's ladder within business hours, or null when the level has only the SLA clocks.</summary>
    public string? BusinessPolicyFor(bool assigned) => assigned ? BusinessHoursPolicy : BusinessHoursUnassignedPolicy ?? BusinessHoursPolicy;
}
