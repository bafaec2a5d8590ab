using JsonSerializer = System.Text.Json.JsonSerializer;
using Bridge.Worker.Storage;
using LiteDB;

namespace Bridge.Worker.Ingest;

/// <summary>
/// Every change produced, in order (collection <c>ingest_changes</c>). The unique key makes storing a change
/// twice impossible; handlers read it from their cursor on (<see cref="HandlerCursorStore"/>).
/// </summary>
internal sealed class TicketChangeStore(BridgeDatabase database) : IStorageSetup
{
    public void Prepare()
    {
        _ = Changes();
    }

    private const string CollectionName = "ingest_changes";
    private volatile bool _indexed;

    /// <summary>
    /// Stores the changes not stored yet, in one commit; call inside <see cref="BridgeDatabase.Write(Action)"/>.
    /// Returns those added.
    /// </summary>
    public IReadOnlyList<TicketChange> AddNew(IEnumerable<TicketChange> changes)
    {
        var collection = Changes();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var added = changes
            // A parameterised expression is parsed and compiled once; Query.EQ writes the key into the expression's
            // text, so LiteDB compiled (and the JIT compiled) a new one for every change: most of ingest's CPU.
            .Where(c => keys.Add(c.Key) && !collection.Exists(DocumentFilter.Equal(nameof(Document.Key), c.Key)))
            .ToList();
        if (added.Count > 0)
        {
            collection.InsertBulk(added.Select(change => new Document
            {
                Key = change.Key,
                TicketId = change.TicketId,
                Json = JsonSerializer.Serialize(change, IngestJson.Options),
            }));
        }

        return added;
    }

    /// <summary>Changes after position <paramref name="afterId"/>, oldest first.</summary>
    public IReadOnlyList<StoredChange> After(long afterId, int limit) =>
        Changes().Query().Where(d => d.Id > afterId).OrderBy(d => d.Id).Limit(limit).ToList()
            .Select(d => new StoredChange(d.Id, Read(d)))
            .ToList();

    public int CountAfter(long afterId) => Changes().Count(d => d.Id > afterId);

    /// <summary>The latest changes, newest first.</summary>
    public IReadOnlyList<TicketChange> Recent(int count) =>
        Changes().Query().OrderByDescending(d => d.Id).Limit(count).ToList().Select(Read).ToList();

    public IReadOnlyList<TicketChange> ForTicket(int ticketId) =>
        Changes().Query().Where(d => d.TicketId == ticketId).OrderBy(d => d.Id).ToList().Select(Read).ToList();

    public int Count() => Changes().Count();

    private IDocuments<Document> Changes()
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

        public string Json { get; set; } = "";
    }
}
