using Bridge.Worker.Storage;

namespace Bridge.Worker.Engine;

/// <summary>
/// Every stage's cursor, one small document per stage. The collection keeps the name it had when only ingest's
/// change handlers had cursors (<c>ingest_handler_cursors</c>), so a state file from before the engine resumes
/// routing exactly where it was.
/// </summary>
internal sealed class StageCursorStore(BridgeDatabase database) : IStorageSetup
{
    private const string CollectionName = "ingest_handler_cursors";

    public void Prepare()
    {
        database.Collection<Document>(CollectionName).EnsureIndex(d => d.LastChangeId);
    }

    public StageCursor? Get(string stage) =>
        database.Collection<Document>(CollectionName).FindById(stage) is { } d
            ? new StageCursor(d.LastChangeId, d.FailingPosition, d.Attempts, d.LastError, d.RetryAt)
            : null;

    /// <summary>Writes the cursor (joins the caller's transaction when there is one).</summary>
    public void Set(string stage, StageCursor cursor) => database.Write(() => Upsert(stage, cursor));

    /// <summary>
    /// Moves the cursor past items whose handlers' writes were already forced to disk, without a forced flush of its
    /// own: lost in a power cut, those items are handed over again (stages take every item at least once).
    /// </summary>
    public void Advance(string stage, StageCursor cursor) => database.WriteUnforced(() => Upsert(stage, cursor));

    private void Upsert(string stage, StageCursor cursor) =>
        database.Collection<Document>(CollectionName).Upsert(new Document
        {
            Id = stage,
            LastChangeId = cursor.Position,
            FailingPosition = cursor.FailingPosition,
            Attempts = cursor.Attempts,
            LastError = cursor.LastError,
            RetryAt = cursor.RetryAt,
        });

    private sealed class Document
    {
        public string Id { get; set; } = "";

        /// <summary>The position reached (named for the change log it first counted).</summary>
        public long LastChangeId { get; set; }

        public long? FailingPosition { get; set; }

        public int Attempts { get; set; }

        public string? LastError { get; set; }

        public DateTimeOffset? RetryAt { get; set; }
    }
}
