using System.Text.Json;
using Bridge.Worker.Storage;

namespace Bridge.Worker.Ingest;

/// <summary>The last snapshot held per ticket (collection <c>ingest_tickets</c>).</summary>
internal sealed class TicketStateStore(BridgeDatabase database)
{
    private const string CollectionName = "ingest_tickets";

    public TicketSnapshot? Get(int ticketId)
    {
        var document = database.Collection<Document>(CollectionName).FindById(ticketId);
        return document is null ? null : JsonSerializer.Deserialize<TicketSnapshot>(document.Json, IngestJson.Options);
    }

    public int Count() => database.Collection<Document>(CollectionName).Count();

    /// <summary>Every held ticket that is neither closed nor deleted (read whole: twice a day, at the business-hours boundaries).</summary>
    public IReadOnlyList<TicketSnapshot> Open() =>
        database.Collection<Document>(CollectionName).FindAll()
            .Select(d => JsonSerializer.Deserialize<TicketSnapshot>(d.Json, IngestJson.Options)!)
            .Where(t => !t.Closed && !t.Deleted)
            .ToList();

    /// <summary>One commit for all; call inside <see cref="BridgeDatabase.Write(Action)"/>.</summary>
    public void PutMany(IEnumerable<TicketSnapshot> snapshots) =>
        database.Collection<Document>(CollectionName).Upsert(snapshots.Select(snapshot => new Document
        {
            Id = snapshot.Id,
            LastUpdated = snapshot.LastUpdated,
            Json = JsonSerializer.Serialize(snapshot, IngestJson.Options),
        }));

    // Stored as JSON so the public record stays free of storage concerns (setters, constructors, mapper rules).
    private sealed class Document
    {
        public int Id { get; set; }

        public DateTimeOffset LastUpdated { get; set; }

        public string Json { get; set; } = "";
    }
}
