using Bridge.Worker.Storage;

namespace Bridge.Worker.Ingest;

/// <summary>
/// At start, before the inbox is worked: a state file from before the inbox had its own file still holds the
/// inbox collection. Its entries (pending ones included, which would otherwise never be processed; finished ones,
/// which still deduplicate redeliveries) are copied into the inbox file in batches, and only then is the old
/// collection dropped. A crash in between copies again on the next start, and the copy skips what it already has.
/// </summary>
internal sealed class InboxFileMove(BridgeDatabase state, CallbackInbox inbox, ILogger<InboxFileMove> logger) : IHostedService
{
    private const int BatchSize = 1_000;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!state.HasCollection(CallbackInbox.CollectionName))
        {
            return Task.CompletedTask;
        }

        var old = state.Collection<InboxEntry>(CallbackInbox.CollectionName);
        var moved = 0;
        long after = 0;
        while (true)
        {
            var last = after;
            var batch = old.Query().Where(e => e.Id > last).OrderBy(e => e.Id).Limit(BatchSize).ToList();
            if (batch.Count == 0)
            {
                break;
            }

            moved += inbox.Import(batch);
            after = batch[^1].Id;
        }

        state.DropCollection(CallbackInbox.CollectionName);
        IngestLog.InboxMoved(logger, moved, inbox.Location);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
