using JsonSerializer = System.Text.Json.JsonSerializer;
using Bridge.Worker.Storage;
using LiteDB;

namespace Bridge.Worker.Ingest;

/// <summary>
/// Every change produced, in order (collection <c>ingest_changes</c>). The unique key makes storing a change
/// twice impossible; <see cref="Document.HandledBy"/> records which handlers have it, so a crash or a failing
/// handler leads to a redelivery, never to a lost change.
/// </summary>
internal sealed class TicketChangeStore(BridgeDatabase database)
{
    private const string CollectionName = "ingest_changes";
    private volatile bool _indexed;

    /// <summary>Stores the changes not stored yet; call inside <see cref="BridgeDatabase.Write(Action)"/>. Returns those added.</summary>
    public IReadOnlyList<TicketChange> AddNew(IEnumerable<TicketChange> changes)
    {
        var collection = Changes();
        var added = new List<TicketChange>();
        foreach (var change in changes)
        {
            if (collection.Exists(d => d.Key == change.Key))
            {
                continue;
            }

            collection.Insert(new Document
            {
                Key = change.Key,
                TicketId = change.TicketId,
                Json = JsonSerializer.Serialize(change, IngestJson.Options),
            });
            added.Add(change);
        }

        return added;
    }

    /// <summary>Changes some handler has not acknowledged yet, oldest first.</summary>
    public IReadOnlyList<PendingChange> Undelivered(int limit) =>
        Changes().Query().Where(d => !d.Delivered).OrderBy(d => d.Id).Limit(limit).ToList()
            .Select(d => new PendingChange(d.Id, Read(d), d.HandledBy))
            .ToList();

    public void MarkHandled(IReadOnlyCollection<(long Id, IReadOnlyCollection<string> HandledBy, bool Delivered)> updates) =>
        database.Write(() =>
        {
            var collection = Changes();
            foreach (var (id, handledBy, delivered) in updates)
            {
                var document = collection.FindById(id);
                if (document is not null)
                {
                    document.HandledBy = handledBy.ToArray();
                    document.Delivered = delivered;
                    collection.Update(document);
                }
            }
        });

    public int CountUndelivered() => Changes().Count(d => !d.Delivered);

    /// <summary>The latest changes, newest first.</summary>
    public IReadOnlyList<TicketChange> Recent(int count) =>
        Changes().Query().OrderByDescending(d => d.Id).Limit(count).ToList().Select(Read).ToList();

    public IReadOnlyList<TicketChange> ForTicket(int ticketId) =>
        Changes().Query().Where(d => d.TicketId == ticketId).OrderBy(d => d.Id).ToList().Select(Read).ToList();

    public int Count() => Changes().Count();

    private ILiteCollection<Document> Changes()
    {
        var collection = database.Collection<Document>(CollectionName);
        if (!_indexed)
        {
            database.Write(() =>
            {
                collection.EnsureIndex(d => d.Key, unique: true);
                collection.EnsureIndex(d => d.TicketId);
            });
            _indexed = true;
        }

        return collection;
    }

    private static TicketChange Read(Document document) =>
        JsonSerializer.Deserialize<TicketChange>(document.Json, IngestJson.Options)!;

    private sealed class Document
    {
        public long Id { get; set; }

        public string Key { get; set; } = "";

        public int TicketId { get; set; }

        public bool Delivered { get; set; }

        public string[] HandledBy { get; set; } = [];

        public string Json { get; set; } = "";
    }
}
