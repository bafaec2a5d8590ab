using Bridge.Worker.Storage;

namespace Bridge.Worker.Ingest;

/// <summary>
/// The poller's watermark per board (collection <c>ingest_watermarks</c>): the newest <c>_info.lastUpdated</c>
/// the poller has processed, in ConnectWise's clock. No watermark means the next poll is a cold start. Routing keeps
/// the last business-hours boundary it handed over here too (scope <c>routing:boundaries</c>, the bridge's clock).
/// </summary>
internal sealed class PollWatermarkStore(BridgeDatabase database)
{
    private const string CollectionName = "ingest_watermarks";

    public DateTimeOffset? Get(string scope) =>
        database.Collection<Document>(CollectionName).FindById(scope)?.LastUpdated;

    /// <summary>Moves the watermark forward only.</summary>
    public void Advance(string scope, DateTimeOffset lastUpdated) => database.Write(() =>
    {
        var collection = database.Collection<Document>(CollectionName);
        var current = collection.FindById(scope);
        if (current is null || current.LastUpdated < lastUpdated)
        {
            collection.Upsert(new Document { Id = scope, LastUpdated = lastUpdated });
        }
    });

    private sealed class Document
    {
        public string Id { get; set; } = "";

        public DateTimeOffset LastUpdated { get; set; }
    }
}
