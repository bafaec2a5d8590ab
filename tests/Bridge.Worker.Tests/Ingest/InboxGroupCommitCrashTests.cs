using Bridge.Worker.Ingest;
using Bridge.Worker.Storage;
using Bridge.Worker.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bridge.Worker.Tests.Ingest;

/// <summary>
/// The inbox in its own file, as the service runs it: a callback's commit does not wait for the state file's writers,
/// and a crash while a batch is being committed keeps every callback that was already answered.
/// </summary>
public sealed class InboxGroupCommitCrashTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly BridgeDatabase _state;
    private readonly BridgeDatabase _inboxFile;
    private readonly CallbackInbox _inbox;

    public InboxGroupCommitCrashTests()
    {
        var statePath = _dir.File("data/bridge.db");
        _state = new BridgeDatabase(statePath, durable: true, TimeProvider.System, NullLogger<BridgeDatabase>.Instance);
        _inboxFile = new BridgeDatabase(BridgeDatabase.InboxPathFor(statePath), durable: true, TimeProvider.System, NullLogger<BridgeDatabase>.Instance);
        _inbox = new CallbackInbox(_inboxFile);
    }

    private static InboxEntry Entry(string key) => new()
    {
        DedupKey = key,
        Body = System.Text.Encoding.UTF8.GetBytes($$"""{"MessageId":"{{key}}","Entity":"{}"}"""),
        Type = "ticket",
        Action = "updated",
        RecordId = 1,
        Status = InboxStatus.Pending,
    };

    [Fact]
    public void InboxPathFor_StateFile_IsBesideItWithTheInboxSuffix()
    {
        Assert.Equal(Path.Combine("/var/lib/bridge", "bridge-inbox.db"), BridgeDatabase.InboxPathFor("/var/lib/bridge/bridge.db"));
    }

    [Fact]
    public async Task AddAsync_StateFileWriteLockHeld_CallbackStillCommittedToDiskInTheInboxFile()
    {
        using var holding = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var stateWriter = Task.Run(() => _state.Write(() =>
        {
            holding.Set();
            release.Wait();
        }));
        holding.Wait();
        var stateFlushes = _state.DiskFlushes;

        var added = await _inbox.AddAsync(Entry("while-the-state-file-is-busy"));

        Assert.True(added);
        Assert.True(_inboxFile.DiskFlushes > 0, "the answer may only go out after the inbox commit reached the disk");
        Assert.Equal(stateFlushes, _state.DiskFlushes);
        Assert.False(stateWriter.IsCompleted, "the state file's writer was still holding its lock");
        release.Set();
        await stateWriter;
    }

    [Fact]
    public async Task AddAsync_ConcurrentWritersThenCrashWhileALaterBatchCommits_EveryAnsweredCallbackIsOnDisk()
    {
        var answered = await Task.WhenAll(Enumerable.Range(0, 300).Select(i => Task.Run(() => _inbox.AddAsync(Entry($"answered-{i}")))));
        Assert.All(answered, Assert.True);

        // The group writer is stopped inside its commit: the next batch is taken but not committed, so not answered.
        using var holding = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var blocker = Task.Run(() => _inboxFile.Write(() =>
        {
            holding.Set();
            release.Wait();
        }));
        holding.Wait();
        var unanswered = Enumerable.Range(0, 50).Select(i => _inbox.AddAsync(Entry($"in-flight-{i}"))).ToList();

        // The crash: the files as they are on disk now, without the clean close that would checkpoint them.
        var crashed = CopyInboxFiles();
        Assert.All(unanswered, t => Assert.False(t.IsCompleted, "nothing of the held batch may be answered before its commit"));
        release.Set();
        await blocker;
        Assert.All(await Task.WhenAll(unanswered), Assert.True);

        using var reopened = new BridgeDatabase(crashed, durable: true, TimeProvider.System, NullLogger<BridgeDatabase>.Instance);
        var held = reopened.Collection<InboxEntry>(CallbackInbox.CollectionName).Query().Select(e => e.DedupKey).ToList().ToHashSet(StringComparer.Ordinal);
        Assert.All(Enumerable.Range(0, 300), i => Assert.Contains($"answered-{i}", held));
    }

    private string CopyInboxFiles()
    {
        var target = _dir.File("crashed/bridge-inbox.db");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var source = _inboxFile.FilePath;
        var log = Path.Combine(Path.GetDirectoryName(source)!, "bridge-inbox-log.db");
        Copy(source, target);
        if (File.Exists(log))
        {
            Copy(log, Path.Combine(Path.GetDirectoryName(target)!, "bridge-inbox-log.db"));
        }

        return target;
    }

    /// <summary>Reads a file the open database shares for reading (File.Copy would ask for more).</summary>
    private static void Copy(string from, string to)
    {
        using var input = new FileStream(from, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var output = File.Create(to);
        input.CopyTo(output);
    }

    public void Dispose()
    {
        _inbox.Dispose();
        _inboxFile.Dispose();
        _state.Dispose();
        _dir.Dispose();
    }
}
