using Bridge.Worker.Storage;

namespace Bridge.Worker.WriteBack;

/// <summary>
/// How far write-back has read the incident timeline (collection <c>writeback_cursor</c>): the id of the last line
/// turned into outbox records. Moved in the same write that inserts those records.
/// </summary>
internal sealed class TimelineCursorStore(BridgeDatabase database)
{
    private const string CollectionName = "writeback_cursor";
    private const string TimelineId = "incident_timeline";

    public int Get() => database.Collection<Document>(CollectionName).FindById(TimelineId)?.LastEntryId ?? 0;

    /// <summary>Call inside the <see cref="BridgeDatabase.Write(System.Action)"/> that inserts the lines' records.</summary>
    public void Set(int lastEntryId) =>
        database.Collection<Document>(CollectionName).Upsert(new Document { Id = TimelineId, LastEntryId = lastEntryId });

    private sealed class Document
    {
        public string Id { get; set; } = "";

        public int LastEntryId { get; set; }
    }
}
