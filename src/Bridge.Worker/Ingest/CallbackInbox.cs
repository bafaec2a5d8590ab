using Bridge.Worker.Storage;
using LiteDB;

namespace Bridge.Worker.Ingest;

/// <summary>
/// The durable inbox of received callbacks (collection <c>ingest_inbox</c>). A callback is answered 200 only
/// after <see cref="TryAdd"/> returned, which is after the commit reached the disk.
/// </summary>
internal sealed class CallbackInbox(BridgeDatabase database)
{
    private const string CollectionName = "ingest_inbox";
    private volatile bool _indexed;

    /// <summary>Stores the entry durably; false when an entry with the same dedup key is already held.</summary>
    public bool TryAdd(InboxEntry entry) => database.Write(() =>
    {
        var collection = Entries();
        if (collection.Exists(e => e.DedupKey == entry.DedupKey))
        {
            return false;
        }

        collection.Insert(entry);
        return true;
    });

    public IReadOnlyList<InboxEntry> Pending(int limit) =>
        Entries().Query().Where(e => e.Status == InboxStatus.Pending).OrderBy(e => e.Id).Limit(limit).ToList();

    public int CountPending() => Entries().Count(e => e.Status == InboxStatus.Pending);

    public int Count() => Entries().Count();

    public void Update(IEnumerable<InboxEntry> entries) => database.Write(() =>
    {
        // One commit for the batch.
        Entries().Update(entries);
    });

    /// <summary>Forgets finished entries received before <paramref name="before"/> (their MessageIds stop deduplicating).</summary>
    public int Purge(DateTimeOffset before) => database.Write(() =>
        Entries().DeleteMany(e => e.Status != InboxStatus.Pending && e.ReceivedAt < before));

    private ILiteCollection<InboxEntry> Entries()
    {
        var collection = database.Collection<InboxEntry>(CollectionName);
        if (!_indexed)
        {
            database.Write(() =>
            {
                collection.EnsureIndex(e => e.DedupKey, unique: true);
                collection.EnsureIndex(e => e.Status);
            });
            _indexed = true;
        }

        return collection;
    }
}
