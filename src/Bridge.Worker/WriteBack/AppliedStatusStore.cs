using Bridge.Worker.Storage;

namespace Bridge.Worker.WriteBack;

/// <summary>
/// The last status the bridge itself set on each ticket (collection <c>writeback_ticket_status</c>), so its own
/// earlier change is not taken for a person's when the next status write compares.
/// </summary>
internal sealed class AppliedStatusStore(BridgeDatabase database)
{
    private const string CollectionName = "writeback_ticket_status";

    public KnownStatus? Get(int ticketId) =>
        database.Collection<Document>(CollectionName).FindById(ticketId) is { } d ? new KnownStatus(d.StatusId, d.StatusName, d.LastUpdated) : null;

    /// <summary>Call inside the write that marks the status record sent.</summary>
    public void Set(int ticketId, KnownStatus status) =>
        database.Collection<Document>(CollectionName).Upsert(new Document
        {
            Id = ticketId,
            StatusId = status.StatusId,
            StatusName = status.StatusName,
            LastUpdated = status.LastUpdated,
        });

    private sealed class Document
    {
        public int Id { get; set; }

        public int StatusId { get; set; }

        public string? StatusName { get; set; }

        public DateTimeOffset LastUpdated { get; set; }
    }
}
