using Bridge.Worker.Storage;
using LiteDB;

namespace Bridge.Worker.WriteBack;

/// <summary>
/// The outbox (collection <c>outbox</c>). <see cref="InsertNew"/> and <see cref="Update"/> belong inside a
/// <see cref="BridgeDatabase.Write(System.Action)"/>, together with the change that causes or records them.
/// </summary>
internal sealed class OutboxStore(BridgeDatabase database) : IStorageSetup
{
    public void Prepare()
    {
        _ = Collection();
    }

    private const string CollectionName = "outbox";
    private volatile bool _indexed;

    /// <summary>Adds the records whose key is not there yet (a line read twice after a crash adds nothing); returns those added.</summary>
    public IReadOnlyList<OutboxRecord> InsertNew(IEnumerable<OutboxRecord> records)
    {
        var collection = Collection();
        var added = new List<OutboxRecord>();
        foreach (var record in records)
        {
            if (!collection.Exists(r => r.Key == record.Key))
            {
                collection.Insert(record);
                added.Add(record);
            }
        }

        return added;
    }

    public void Update(OutboxRecord record) => Collection().Update(record);

    public OutboxRecord? Get(int id) => Collection().FindById(id);

    public OutboxRecord? ByKey(string key) => Collection().FindOne(r => r.Key == key);

    /// <summary>Records not yet final, oldest first.</summary>
    public IReadOnlyList<OutboxRecord> OpenRecords() => Collection().Find(r => r.Open).OrderBy(r => r.Id).ToList();

    /// <summary>Per ticket, the oldest record not yet final: only it may be attempted (writes go in order per ticket).</summary>
    public IReadOnlyList<OutboxRecord> Heads() =>
        OpenRecords().GroupBy(r => r.TicketId).Select(g => g.First()).OrderBy(r => r.Id).ToList();

    public IReadOnlyList<OutboxRecord> InState(OutboxState state, int max = int.MaxValue) =>
        Collection().Find(DocumentFilter.Equal(nameof(OutboxRecord.State), state.ToString())).OrderBy(r => r.Id).Take(max).ToList();

    public IReadOnlyList<OutboxRecord> ForTicket(int ticketId) =>
        Collection().Find(r => r.TicketId == ticketId).OrderBy(r => r.Id).ToList();

    public IReadOnlyList<OutboxRecord> ForIncident(string incidentId) =>
        Collection().Find(r => r.IncidentId == incidentId).OrderBy(r => r.Id).ToList();

    /// <summary>The newest records, newest first.</summary>
    public IReadOnlyList<OutboxRecord> Recent(int max) =>
        Collection().Query().OrderByDescending(r => r.Id).Limit(max).ToList();

    public IReadOnlyDictionary<OutboxState, int> Counts()
    {
        var collection = Collection();
        return Enum.GetValues<OutboxState>().ToDictionary(s => s, s => collection.Count(DocumentFilter.Equal(nameof(OutboxRecord.State), s.ToString())));
    }

    /// <summary>How many records are in <paramref name="state"/>: a count on the state index (the outbox-depth gauge).</summary>
    public int CountIn(OutboxState state) => Collection().Count(DocumentFilter.Equal(nameof(OutboxRecord.State), state.ToString()));

    /// <summary>How many records were written to ConnectWise at or after <paramref name="since"/>.</summary>
    public int SentSince(DateTimeOffset since) =>
        Collection().Count(DocumentFilter.And(
            DocumentFilter.Equal(nameof(OutboxRecord.State), OutboxState.Sent.ToString()),
            DocumentFilter.AtLeast(nameof(OutboxRecord.CompletedAt), new BsonValue(since.UtcDateTime))));

    private IDocuments<OutboxRecord> Collection()
    {
        var collection = database.Collection<OutboxRecord>(CollectionName);
        if (!_indexed)
        {
            // Index creation writes pages: serialised with every other write (LiteDB 5 races concurrent writers),
            // since a first read may come from any stage's thread.
            database.Write(() =>
            {
                collection.EnsureIndex(r => r.Key, unique: true);
                collection.EnsureIndex(r => r.Open);
                collection.EnsureIndex(r => r.State);
                collection.EnsureIndex(r => r.TicketId);
                collection.EnsureIndex(r => r.IncidentId);
            });
            _indexed = true;
        }

        return collection;
    }
}
