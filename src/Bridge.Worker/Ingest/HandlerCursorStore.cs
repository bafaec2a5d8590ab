using Bridge.Worker.Storage;

namespace Bridge.Worker.Ingest;

/// <summary>
/// How far each change handler has got (collection <c>ingest_handler_cursors</c>): the id of the last change
/// it took. One small document per handler, so handing over a batch costs one commit.
/// </summary>
internal sealed class HandlerCursorStore(BridgeDatabase database)
{
    private const string CollectionName = "ingest_handler_cursors";

    public long? Get(string handler) => database.Collection<Document>(CollectionName).FindById(handler)?.LastChangeId;

    public void Set(string handler, long lastChangeId) => database.Write(() =>
        database.Collection<Document>(CollectionName).Upsert(new Document { Id = handler, LastChangeId = lastChangeId }));

    private sealed class Document
    {
        public string Id { get; set; } = "";

        public long LastChangeId { get; set; }
    }
}
