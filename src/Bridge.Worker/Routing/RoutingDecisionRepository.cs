using Bridge.Worker.Storage;

namespace Bridge.Worker.Routing;

/// <summary>Every routing decision, kept with its ticket so a post-incident review can ask "why did this page?".</summary>
internal sealed class RoutingDecisionRepository(BridgeDatabase database) : IStorageSetup
{
    public void Prepare()
    {
        database.Collection<RoutingDecisionRecord>(CollectionName).EnsureIndex(r => r.TicketId);
    }

    private const string CollectionName = "routing_decisions";

    public RoutingDecisionRecord Record(RoutingDecision decision, DateTimeOffset recordedAt)
    {
        var collection = database.Collection<RoutingDecisionRecord>(CollectionName);
        var record = new RoutingDecisionRecord
        {
            TicketId = decision.TicketId,
            RecordedAt = recordedAt,
            At = decision.At,
            Disposition = decision.Disposition.ToString(),
            Client = decision.Client,
            Contract = decision.Contract.ToString(),
            Billing = decision.Billing.ToString(),
            BillingMultiplier = decision.Billing.Multiplier,
            Emergency = decision.Emergency,
            PriorityLevel = decision.PriorityLevel,
            EscalationPolicy = decision.EscalationPolicy,
            InternalResponseDue = decision.Sla.InternalResponse,
            ClientResponseDue = decision.Sla.ClientResponse,
            EscalationDue = decision.Sla.Escalation,
            Reasons = decision.Reasons.Select(r => r.ToString()).ToList(),
            ConfigVersion = decision.Configuration?.Hash,
            ConfigAppliedAt = decision.Configuration?.AppliedAt,
        };
        database.Write(() =>
        {
            collection.EnsureIndex(r => r.TicketId);
            collection.Insert(record);
        });
        return record;
    }

    /// <summary>The decisions for a ticket, oldest first.</summary>
    public IReadOnlyList<RoutingDecisionRecord> ForTicket(int ticketId) =>
        database.Collection<RoutingDecisionRecord>(CollectionName)
            .Query()
            .Where(r => r.TicketId == ticketId)
            .OrderBy(r => r.Id)
            .ToList();

    /// <summary>The latest <paramref name="count"/> decisions across tickets, newest first (the status page).</summary>
    public IReadOnlyList<RoutingDecisionRecord> Latest(int count) =>
        database.Collection<RoutingDecisionRecord>(CollectionName)
            .Query()
            .OrderByDescending(r => r.Id)
            .Limit(count)
            .ToList();

    /// <summary>Up to <paramref name="max"/> decisions recorded after <paramref name="afterId"/>, oldest first (a reader's cursor).</summary>
    public IReadOnlyList<RoutingDecisionRecord> After(int afterId, int max) =>
        database.Collection<RoutingDecisionRecord>(CollectionName)
            .Query()
            .Where(r => r.Id > afterId)
            .OrderBy(r => r.Id)
            .Limit(max)
            .ToList();
}
