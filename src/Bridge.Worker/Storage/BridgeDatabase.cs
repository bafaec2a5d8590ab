using Microsoft.Extensions.Options;

using Bridge.Worker.Kernel;
using Bridge.Worker.Storage.LiteDb;

namespace Bridge.Worker.Storage;

/// <summary>
/// The bridge's state: repositories get collections from here and nothing else touches the engine under it, a LiteDB
/// file (the default) or a PostgreSQL database (<see cref="StorageOptions.Provider"/>).
/// </summary>
internal sealed class BridgeDatabase : IDisposable
{
    /// <summary>
    /// The service key of the callback inbox's own store (its own file beside the state file, or its own tables and
    /// write lock in PostgreSQL): a callback's durable commit then never waits behind the commits of the stages that
    /// work the main store, and theirs never behind it.
    /// </summary>
    public const string InboxKey = "inbox";

    public BridgeDatabase(IOptions<StorageOptions> options, BridgeEnvironment environment, TimeProvider time, ILogger<BridgeDatabase> logger)
        : this(environment.ResolvePath(options.Value.Path), options.Value.DurableCommits, time, logger)
    {
    }

    /// <summary>A LiteDB file of its own at <paramref name="filePath"/> (its own write lock, log and lock file).</summary>
    public BridgeDatabase(string filePath, bool durable, TimeProvider time, ILogger<BridgeDatabase> logger)
        : this(new LiteDbEngine(filePath, durable, time, logger))
    {
    }

    public BridgeDatabase(IStorageEngine engine) => Engine = engine;

    public IStorageEngine Engine { get; }

    /// <summary>The inbox file beside the state file <paramref name="statePath"/>: <c>bridge.db</c> → <c>bridge-inbox.db</c>.</summary>
    public static string InboxPathFor(string statePath) =>
        Path.Combine(Path.GetDirectoryName(statePath)!, Path.GetFileNameWithoutExtension(statePath) + "-inbox" + Path.GetExtension(statePath));

    /// <summary>True when the state is a LiteDB file on this machine (<see cref="FilePath"/>).</summary>
    public bool IsFile => Engine is LiteDbEngine;

    /// <summary>The LiteDB file (only when <see cref="IsFile"/>).</summary>
    public string FilePath => File.FilePath;

    public bool Durable => Engine is not LiteDbEngine lite || lite.Durable;

    public bool IsOpen => Engine.IsOpen;

    /// <summary>Names where the state is kept, for people: never a password.</summary>
    public string Describe => Engine.Describe;

    /// <summary>True when commits wait on LiteDB's own writer queue (expected on the pinned 5.0.20).</summary>
    public bool BoundToWriterQueue => File.BoundToWriterQueue;

    /// <summary>Disk flushes forced on the LiteDB log file since opening (zero when commits are not durable).</summary>
    public long DiskFlushes => File.DiskFlushes;

    private LiteDbEngine File => Engine as LiteDbEngine
        ?? throw new InvalidOperationException($"The state is kept in {Engine.Describe}, not in a LiteDB file.");

    public IDocuments<T> Collection<T>(string name) => Engine.Collection<T>(name);

    public bool HasCollection(string name) => Engine.HasCollection(name);

    /// <summary>Drops a collection (one moved elsewhere); not inside a write.</summary>
    public void DropCollection(string name) => Engine.DropCollection(name);

    /// <summary>
    /// Runs a write as one transaction and returns once it is durable (when commits are durable): every insert and
    /// update inside <paramref name="write"/> lands together or not at all, so a state change and the timeline line or
    /// outbox record that goes with it cannot be split by a crash or an exception. Writes are serialised; a write inside
    /// a write joins the outer transaction. <paramref name="write"/> must not await: the transaction is bound to its thread.
    /// </summary>
    public T Write<T>(Func<T> write) => Engine.Write(write, forceToDisk: true);

    /// <inheritdoc cref="Write{T}(Func{T})"/>
    public void Write(Action write) => Engine.Write(() =>
    {
        write();
        return true;
    }, forceToDisk: true);

    /// <summary>
    /// As <see cref="Write{T}(Func{T})"/>, but returns once the engine has the commit, before it is forced to the disk:
    /// for writes a crash may undo because they are redone (progress marks).
    /// </summary>
    public void WriteUnforced(Action write) => Engine.Write(() =>
    {
        write();
        return true;
    }, forceToDisk: false);

    /// <summary>Opens the store now (at start) so that a locked, unreadable or unreachable one stops the service early.</summary>
    public void EnsureOpen() => Engine.EnsureOpen();

    public void Dispose() => Engine.Dispose();
}
