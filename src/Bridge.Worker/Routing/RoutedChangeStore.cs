using System.Text.Json;
using Bridge.Worker.Ingest;
using Bridge.Worker.Storage;

namespace Bridge.Worker.Routing;

/// <summary>
/// Every routed change, in the order routed (collection <c>routing_routed</c>); the escalation stage reads it from its
/// cursor. The change's key is unique, so a change handed to routing again after a crash is stored once.
/// </summary>
internal sealed class RoutedChangeStore(BridgeDatabase database) : IStorageSetup
{
    private const string CollectionName = "routing_routed";
    private volatile bool _indexed;

    public void Prepare()
    {
        _ = Routed();
    }

    /// <summary>Stores the routed change unless it is already stored; joins the caller's transaction.</summary>
    public void Add(RoutedChange routed) => database.Write(() =>
    {
        var collection = Routed();
        if (collection.Exists(DocumentFilter.Equal(nameof(Document.Key), routed.Change.Key)))
        {
            return;
        }

        collection.Insert(new Document
        {
            Key = routed.Change.Key,
            TicketId = routed.Change.TicketId,
            Change = JsonSerializer.Serialize(routed.Change, IngestJson.Options),
            Decision = routed.Decision is null ? null : JsonSerializer.Serialize(routed.Decision, IngestJson.Options),
        });
    });

    public IReadOnlyList<(long Position, RoutedChange Routed)> After(long position, int limit) =>
        Routed().Query().Where(d => d.Id > position).OrderBy(d => d.Id).Limit(limit).ToList()
            .Select(d => (d.Id, Read(d)))
            .ToList();

    public int CountAfter(long position) => Routed().Count(d => d.Id > position);

    private static RoutedChange Read(Document document) => new(
        JsonSerializer.Deserialize<TicketChange>(document.Change, IngestJson.Options)!,
        document.Decision is null ? null : JsonSerializer.Deserialize<RoutingDecision>(document.Decision, IngestJson.Options));

    private IDocuments<Document> Routed()
    {
        var collection = database.Collection<Document>(CollectionName);
        if (!_indexed)
        {
            database.Write(() => collection.EnsureIndex(d => d.Key, unique: true));
            _indexed = true;
        }

        return collection;
    }

    private sealed class Document
    {
        public long Id { get; set; }

        public string Key { get; set; } = "";

        public int TicketId { get; set; }

        public string Change { get; set; } = "";

        public string? Decision { get; set; }
    }
}
