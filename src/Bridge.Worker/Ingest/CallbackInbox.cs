using System.Threading.Channels;
using Bridge.Worker.Storage;
using LiteDB;

namespace Bridge.Worker.Ingest;

/// <summary>
/// The durable inbox of received callbacks (collection <c>ingest_inbox</c> in the inbox file,
/// <see cref="BridgeDatabase.InboxPathFor"/>). A callback is answered 200 only after <see cref="AddAsync"/>
/// completed, which is after the commit holding it reached the disk.
/// </summary>
/// <remarks>
/// Group commit: a durable commit costs about one disk flush (~1 ms, docs/benchmarks.md), so one commit per
/// callback caps ingest near 1,000/s and parks a request thread on the write lock for each waiting callback.
/// Callbacks are queued instead; one writer takes everything queued since its last commit, stores it in one
/// transaction with one flush, and only then completes each caller. Nobody waits longer for a batch than for
/// the commit before it, and under load one flush covers hundreds of callbacks.
/// The inbox has a file of its own so that its commits take only its own write lock: in the state file a callback
/// waited behind every routing, escalation and outbox commit queued before it (issue #17).
/// </remarks>
internal sealed class CallbackInbox([FromKeyedServices(BridgeDatabase.InboxKey)] BridgeDatabase database) : IDisposable
{
    internal const string CollectionName = "ingest_inbox";

    /// <summary>Bounds on one commit, so a burst of large bodies does not make one huge transaction.</summary>
    internal const int MaxBatchEntries = 256;

    private const long MaxBatchBytes = 4 * 1024 * 1024;

    private const int MaxMarkEntries = 64;

    private readonly Channel<PendingAdd> _queue = Channel.CreateUnbounded<PendingAdd>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _writerStart = new();
    private volatile Task? _writer;
    private volatile bool _indexed;
    private long? _pendingFrom;
    private long _stored;

    /// <summary>
    /// Stores the entry durably; completes with false when an entry with the same dedup key is already held (or
    /// arrived in the same commit), and faults with the storage error when the commit failed: then it is not stored.
    /// </summary>
    public Task<bool> AddAsync(InboxEntry entry)
    {
        var pending = new PendingAdd(entry);
        if (!_queue.Writer.TryWrite(pending))
        {
            return Task.FromException<bool>(new IOException("The callback inbox is closed (the service is stopping)."));
        }

        if (_writer is null)
        {
            lock (_writerStart)
            {
                _writer ??= Task.Run(WriteQueuedAsync);
            }
        }

        return pending.Stored.Task;
    }

    /// <summary>Callbacks stored (not duplicates) since the start: how busy ingest is.</summary>
    public long Stored => Interlocked.Read(ref _stored);

    /// <summary>The inbox file.</summary>
    public string FilePath => database.FilePath;

    /// <summary>Where the inbox is kept, for people.</summary>
    public string Location => database.Describe;

    /// <summary>
    /// The oldest pending entries, oldest first. Read along the id index from the oldest entry that may still be
    /// pending, so a pass reads about <paramref name="limit"/> entries: <c>Where(Status).OrderBy(Id)</c> made LiteDB load
    /// and sort every pending entry, body and all, on every pass, and after a burst of 20,000 each pass read ~60 MB
    /// (issue #17). The bound is found once from the Status index (after a start or an import) and then moves on: ids
    /// only grow and an entry never becomes pending again. Called by the single processor loop.
    /// </summary>
    public IReadOnlyList<InboxEntry> Pending(int limit)
    {
        var collection = Entries();
        var from = _pendingFrom ?? OldestPendingId(collection);
        var entries = new List<InboxEntry>(Math.Min(limit, 1024));
        var last = from - 1;
        foreach (var entry in collection.Find(DocumentFilter.AtLeast("_id", from)))
        {
            last = entry.Id;
            if (entry.Status == InboxStatus.Pending)
            {
                entries.Add(entry);
                if (entries.Count == limit)
                {
                    break;
                }
            }
        }

        _pendingFrom = entries.Count > 0 ? entries[0].Id : last + 1;
        return entries;
    }

    /// <summary>With nothing pending, the scan starts after the newest entry (not at the first of a week's retained ones).</summary>
    private static long OldestPendingId(IDocuments<InboxEntry> collection)
    {
        var pending = collection.Query().Where(e => e.Status == InboxStatus.Pending).Select(e => e.Id).ToList();
        if (pending.Count > 0)
        {
            return pending.Min();
        }

        // LiteDB's Max() throws on an empty collection (it takes the first of none): no entry yet is id 0 onwards.
        var newest = collection.Query().OrderByDescending(e => e.Id).Select(e => e.Id).Limit(1).ToList();
        return newest.Count == 0 ? 0 : newest[0] + 1;
    }

    public int CountPending() => Entries().Count(e => e.Status == InboxStatus.Pending);

    public int Count() => Entries().Count();

    /// <summary>
    /// Stores the entries' progress. In commits of at most <see cref="MaxMarkEntries"/>: each rewrites its entries with
    /// their bodies, and a callback waiting for the inbox's write lock should wait for a few milliseconds of that, not
    /// for a whole processor batch. Not forced to disk (the next callback's commit takes them there): an entry whose
    /// mark a crash loses is worked again after the restart, which the tracker already allows for (a crash between its
    /// commit and this one does the same).
    /// </summary>
    public void Update(IReadOnlyList<InboxEntry> entries)
    {
        for (var start = 0; start < entries.Count; start += MaxMarkEntries)
        {
            var chunk = entries.Skip(start).Take(MaxMarkEntries);
            database.WriteUnforced(() => Entries().Update(chunk));
        }
    }

    /// <summary>
    /// Takes entries kept elsewhere (an inbox from before it had its own file) with their ids, status and bodies, in
    /// one durable commit; an entry whose dedup key is already held is skipped, so importing twice is harmless.
    /// </summary>
    public int Import(IReadOnlyList<InboxEntry> entries) => database.Write(() =>
    {
        var collection = Entries();
        var fresh = entries.Where(e => !collection.Exists(DocumentFilter.Equal(nameof(InboxEntry.DedupKey), e.DedupKey))).ToList();
        // Imported ids may be older than where the pending scan has got to.
        _pendingFrom = null;
        return fresh.Count == 0 ? 0 : collection.Insert(fresh);
    });

    /// <summary>Forgets finished entries received before <paramref name="before"/> (their MessageIds stop deduplicating).</summary>
    public int Purge(DateTimeOffset before) => database.Write(() =>
        Entries().DeleteMany(e => e.Status != InboxStatus.Pending && e.ReceivedAt < before));

    /// <summary>Stops taking entries and waits for those already queued to be committed (or failed).</summary>
    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _writer?.Wait(TimeSpan.FromSeconds(30));
    }

    private async Task WriteQueuedAsync()
    {
        var batch = new List<PendingAdd>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            long bytes = 0;
            while (batch.Count < MaxBatchEntries && bytes < MaxBatchBytes && _queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
                bytes += next.Entry.Body.Length;
            }

            Commit(batch);
            batch.Clear();
        }
    }

    private void Commit(List<PendingAdd> batch)
    {
        bool[] added;
        try
        {
            added = database.Write(() => InsertNew(batch));
        }
        catch (Exception ex)
        {
            // Whatever went wrong, none of these is known to be on disk: each caller gets the error and refuses its
            // callback (429), and a redelivery that finds its entry stored after all is answered as a duplicate.
            foreach (var pending in batch)
            {
                pending.Stored.TrySetException(ex);
            }

            return;
        }

        Interlocked.Add(ref _stored, added.Count(a => a));
        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Stored.TrySetResult(added[i]);
        }
    }

    private bool[] InsertNew(List<PendingAdd> batch)
    {
        var collection = Entries();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var added = new bool[batch.Count];
        var fresh = new List<InboxEntry>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            var entry = batch[i].Entry;
            // A field filter: LiteDB parses it once, where a lambda over a captured key is compiled per call.
            added[i] = keys.Add(entry.DedupKey) && !collection.Exists(DocumentFilter.Equal(nameof(InboxEntry.DedupKey), entry.DedupKey));
            if (added[i])
            {
                fresh.Add(entry);
            }
        }

        if (fresh.Count > 0)
        {
            collection.Insert(fresh);
        }

        return added;
    }

    private IDocuments<InboxEntry> Entries()
    {
        var collection = database.Collection<InboxEntry>(CollectionName);
        if (!_indexed)
        {
            database.Write(() =>
            {
                collection.EnsureIndex(e => e.DedupKey, unique: true);
                collection.EnsureIndex(e => e.Status);
                // Purge reads only the old entries by this index instead of every body in the inbox.
                collection.EnsureIndex(e => e.ReceivedAt);
            });
            _indexed = true;
        }

        return collection;
    }

    private sealed class PendingAdd(InboxEntry entry)
    {
        public InboxEntry Entry { get; } = entry;

        // Callers continue on the thread pool, never on the writer between two commits.
        public TaskCompletionSource<bool> Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
