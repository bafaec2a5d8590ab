using LiteDB;
using LiteDB.Engine;
using Microsoft.Extensions.Options;

using Bridge.Worker.Kernel;

namespace Bridge.Worker.Storage.LiteDb;

/// <summary>
/// One open LiteDB file (the embedded engine, the default). Opening takes an exclusive lock file beside the database
/// so that a second bridge on the same file refuses to start instead of silently losing writes.
/// </summary>
internal sealed class LiteDbEngine : IStorageEngine
{
    private const string CreationMark = "__bridge_created";
    private readonly Lazy<OpenState> _state;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _created = new(StringComparer.Ordinal);
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly bool _moveAsideUnreadable;

    /// <summary>A LiteDB file of its own at <paramref name="filePath"/> (its own write lock, log and lock file).</summary>
    /// <param name="moveAsideUnreadable">
    /// True for the service: a file that cannot be read is moved aside and an empty one started. False to read a file
    /// for what it holds (a copy to another engine): an unreadable file is then an <see cref="IOException"/>.
    /// </param>
    public LiteDbEngine(string filePath, bool durable, TimeProvider time, ILogger logger, bool moveAsideUnreadable = true)
    {
        _moveAsideUnreadable = moveAsideUnreadable;
        _logger = logger;
        _time = time;
        FilePath = filePath;
        Durable = durable;
        _state = new Lazy<OpenState>(Open, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string FilePath { get; }

    public bool Durable { get; }

    public bool IsOpen => _state.IsValueCreated;

    /// <summary>True when commits wait on LiteDB's own writer queue (expected on the pinned 5.0.20).</summary>
    public bool BoundToWriterQueue => _state.Value.Barrier.UsesQueueWait;

    /// <summary>Disk flushes forced on the log file since opening (zero when commits are not durable).</summary>
    public long DiskFlushes => _state.IsValueCreated && _state.Value.Log is DurableFileStream d ? d.DiskFlushes : 0;


    /// <summary>
    /// A collection of the file, created first (under the write lock) when it does not exist yet. LiteDB 5.0.20 creates a
    /// collection at its first insert; a read of it on another thread meanwhile can find the new page half-made ("page
    /// type must be collection page"), and LiteDB then closes the whole file for good (seen as stages starting at once
    /// and each writing its first cursor). Creating it before anyone reads or writes it closes that window.
    /// </summary>
    public IDocuments<T> Collection<T>(string name) => new LiteDocuments<T>(LiteCollection<T>(name));

    public string Describe => $"state file {FilePath}";

    public IReadOnlyList<string> CollectionNames() => [.. _state.Value.Database.GetCollectionNames().Order(StringComparer.Ordinal)];

    /// <summary>The collection as LiteDB's own (to read raw documents, for a copy to another engine).</summary>
    public ILiteCollection<BsonDocument> RawCollection(string name) => _state.Value.Database.GetCollection(name);

    public ILiteCollection<T> LiteCollection<T>(string name)
    {
        var state = _state.Value;
        // System collections ($indexes, $database…) are LiteDB's own and always there.
        if (!name.StartsWith('$') && !_created.ContainsKey(name))
        {
            Create(state, name);
        }

        return state.Database.GetCollection<T>(name);
    }

    private void Create(OpenState state, string name)
    {
        lock (state.WriteLock)
        {
            if (_created.ContainsKey(name))
            {
                return;
            }

            if (!state.Database.CollectionExists(name))
            {
                if (!state.Database.BeginTrans())
                {
                    // Inside a write already (this thread holds the lock): the collection is made by that write's commit.
                    // Not marked: until then, readers of it come here and wait for the lock, so none reads it half-made.
                    return;
                }

                try
                {
                    var raw = state.Database.GetCollection(name);
                    raw.Insert(new BsonDocument { ["_id"] = CreationMark });
                    raw.Delete(CreationMark);
                    state.Database.Commit();
                }
                catch
                {
                    state.Database.Rollback();
                    throw;
                }

                if (Durable)
                {
                    state.Barrier.Wait();
                }
            }

            _created[name] = true;
        }
    }

    public bool HasCollection(string name) => _state.Value.Database.CollectionExists(name);

    /// <summary>
    /// Drops a collection (one moved to another file) under the write lock; LiteDB runs a drop as its own
    /// transaction, so it cannot join a <see cref="Write{T}(Func{T})"/>.
    /// </summary>
    public void DropCollection(string name)
    {
        var state = _state.Value;
        lock (state.WriteLock)
        {
            state.Database.DropCollection(name);
            _created.TryRemove(name, out _);
            if (Durable)
            {
                state.Barrier.Wait();
            }
        }
    }

    /// <summary>
    /// Writes are serialised (LiteDB 5 has known page-allocation races between concurrent writers); a write inside a
    /// write joins the outer transaction. An unforced commit reaches the disk with the next forced one, or a
    /// checkpoint, since the log is written in order.
    /// </summary>
    public T Write<T>(Func<T> write, bool forceToDisk)
    {
        var state = _state.Value;
        lock (state.WriteLock)
        {
            var owner = state.Database.BeginTrans();
            T result;
            try
            {
                result = write();
                if (owner)
                {
                    state.Database.Commit();
                }
            }
            catch
            {
                if (owner)
                {
                    state.Database.Rollback();
                }

                throw;
            }

            if (owner && Durable && forceToDisk)
            {
                state.Barrier.Wait();
            }

            return result;
        }
    }

    /// <summary>Opens the file now (at start) so that a locked or unreadable file stops the service early.</summary>
    public void EnsureOpen() => _ = _state.Value;

    private OpenState Open()
    {
        var directory = Path.GetDirectoryName(FilePath)!;
        Directory.CreateDirectory(directory);
        var lockFile = AcquireLock(FilePath + ".lock");
        try
        {
            var opened = TryOpenFiles(out var failure);
            if (opened is not null)
            {
                return opened with { Lock = lockFile };
            }

            if (!_moveAsideUnreadable)
            {
                throw new IOException($"The state file {FilePath} cannot be read: {failure!.Message}", failure);
            }

            // ConnectWise is the system of record: a state file that cannot be read is kept for
            // inspection and the bridge starts from an empty one (ingest rebuilds it).
            var aside = $"{FilePath}.corrupt-{_time.GetUtcNow():yyyyMMddTHHmmssZ}";
            StorageLog.DatabaseMovedAside(_logger, FilePath, aside, failure!);
            File.Move(FilePath, aside);
            var log = LogPath(FilePath);
            if (File.Exists(log))
            {
                File.Move(log, aside + "-log");
            }

            return (TryOpenFiles(out failure) ?? throw new IOException($"Cannot open the state file {FilePath}.", failure)) with { Lock = lockFile };
        }
        catch
        {
            lockFile.Dispose();
            throw;
        }
    }

    private OpenState? TryOpenFiles(out Exception? failure)
    {
        failure = null;
        Stream? data = null;
        Stream? log = null;
        try
        {
            data = CreateStream(FilePath, syncOnEveryFlush: true);
            log = CreateStream(LogPath(FilePath), syncOnEveryFlush: false);
            var engine = new LiteEngine(new EngineSettings { DataStream = data, LogStream = log });
            var database = new LiteDatabase(engine, BridgeBsonMapper.Create(), disposeOnClose: true);
            _ = database.GetCollectionNames().ToList();
            StorageLog.DatabaseOpened(_logger, FilePath, Durable);
            return new OpenState(database, data, log, null, new LogWriterBarrier(engine, log));
        }
        catch (Exception ex) when (ex is LiteException or InvalidCastException or IndexOutOfRangeException or ArgumentException)
        {
            data?.Dispose();
            log?.Dispose();
            failure = ex;
            return null;
        }
    }

    private Stream CreateStream(string path, bool syncOnEveryFlush) =>
        Durable
            ? new DurableFileStream(path, FileMode.OpenOrCreate, syncOnEveryFlush)
            : new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 8192, FileOptions.RandomAccess);

    private static string LogPath(string dataPath) =>
        Path.Combine(Path.GetDirectoryName(dataPath)!, Path.GetFileNameWithoutExtension(dataPath) + "-log" + Path.GetExtension(dataPath));

    private static FileStream AcquireLock(string path)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException ex)
        {
            throw new StateFileInUseException($"The state file {path[..^5]} is in use by another bridge process (lock file {path}).", ex);
        }
    }

    public void Dispose()
    {
        if (!_state.IsValueCreated)
        {
            return;
        }

        var state = _state.Value;
        state.Database.Dispose();
        state.Data.Dispose();
        state.Log.Dispose();
        state.Lock?.Dispose();
    }

    private sealed record OpenState(LiteDatabase Database, Stream Data, Stream Log, FileStream? Lock, LogWriterBarrier Barrier)
    {
        public object WriteLock { get; } = new();
    }
}
