using Bridge.Worker.Ingest;

namespace Bridge.Worker.Routing;

/// <summary>
/// Tells ingest which tickets need their configuration items read: those of a client with an emergency rule or
/// exclusion on configuration items. Every other ticket costs no request beyond the poll.
/// </summary>
internal sealed class RoutingTicketDetails(RoutingPolicyProvider policy) : ITicketDetailsPolicy
{
    public bool NeedsConfigurationItems(TicketSnapshot ticket)
    {
        var emergency = policy.Policy.For(ticket.CompanyIdentifier).Emergency;
        return emergency.Rules.Any(r => r.ConfigurationItems.Count > 0) || emergency.Exclusions.Any(r => r.ConfigurationItems.Count > 0);
    }
}
