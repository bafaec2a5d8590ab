namespace Bridge.Worker.Routing.Rules;

/// <summary>The routing configuration, parsed and checked: what the decision reads.</summary>
internal sealed class RoutingPolicy(
    ClientProfile defaultClient,
    IReadOnlyList<ClientProfile> clients,
    PriorityMap priorities,
    string defaultPolicy,
    IReadOnlyCollection<string> scheduledStatuses)
{
    private readonly Dictionary<string, ClientProfile> _clients =
        clients.Where(c => c.Company is not null).ToDictionary(c => c.Company!, StringComparer.OrdinalIgnoreCase);

    public ClientProfile Default { get; } = defaultClient;

    public IReadOnlyList<ClientProfile> Clients { get; } = clients;

    public PriorityMap Priorities { get; } = priorities;

    public string DefaultPolicy { get; } = defaultPolicy;

    public IReadOnlyCollection<string> ScheduledStatuses { get; } = scheduledStatuses;

    /// <summary>The client's profile, or the default for a company that is not listed (or not known).</summary>
    public ClientProfile For(string? companyIdentifier) =>
        companyIdentifier is not null && _clients.TryGetValue(companyIdentifier.Trim(), out var client) ? client : Default;

    public bool IsScheduledStatus(string? status) =>
        status is not null && ScheduledStatuses.Contains(status.Trim(), StringComparer.OrdinalIgnoreCase);
}
