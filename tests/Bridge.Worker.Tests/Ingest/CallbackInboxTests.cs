using Bridge.Worker.Ingest;
using Bridge.Worker.Kernel;
using Bridge.Worker.Storage;
using Bridge.Worker.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Tests.Ingest;

/// <summary>The callback inbox over a real store, the same on both engines: duplicates, purges, the pending queue.</summary>
public abstract class CallbackInboxTests : IDisposable
{
    private readonly StateFile _state;
    private readonly BridgeDatabase _database;
    private readonly CallbackInbox _inbox;

    protected CallbackInboxTests(StorageProvider provider)
    {
        _state = new StateFile(DateTimeOffset.UnixEpoch, provider);
        _database = _state.Database;
        _inbox = new CallbackInbox(_database);
    }

    internal static InboxEntry Entry(string key) => new()
    {
        DedupKey = key,
        Body = "{}"u8.ToArray(),
        Type = "ticket",
        Action = "updated",
        RecordId = 1,
        Status = InboxStatus.Pending,
    };

    [Fact]
    public async Task AddAsync_SameKeyTwiceInOneBatch_OneStoredOneDuplicate()
    {
        var results = await Task.WhenAll(_inbox.AddAsync(Entry("same")), _inbox.AddAsync(Entry("same")));

        Assert.Equal([false, true], results.Order());
        Assert.Equal(1, _inbox.Count());
    }

    [Fact]
    public async Task AddAsync_KeyStoredEarlier_Duplicate()
    {
        Assert.True(await _inbox.AddAsync(Entry("redelivered")));

        var again = await _inbox.AddAsync(Entry("redelivered"));

        Assert.False(again);
        Assert.Equal(1, _inbox.Count());
    }

    [Fact]
    public async Task AddAsync_AfterDispose_FailsWithIOExceptionSoTheCallbackIsRefusedNotLost()
    {
        Assert.True(await _inbox.AddAsync(Entry("before")));
        _inbox.Dispose();

        await Assert.ThrowsAsync<IOException>(() => _inbox.AddAsync(Entry("after")));
    }

    [Fact]
    public async Task AddAsync_DatabaseClosedUnderneath_FaultsInsteadOfAnsweringStored()
    {
        Assert.True(await _inbox.AddAsync(Entry("before")));
        _database.Dispose();

        var failure = await Record.ExceptionAsync(() => _inbox.AddAsync(Entry("after")));

        Assert.NotNull(failure);
    }

    [Fact]
    public async Task Purge_OldFinishedRecentAndPending_OnlyOldFinishedForgotten()
    {
        var cutoff = new DateTimeOffset(2026, 11, 16, 0, 0, 0, TimeSpan.Zero);
        var oldDone = Entry("old-done");
        oldDone.ReceivedAt = cutoff.AddHours(-1);
        oldDone.Status = InboxStatus.Done;
        var oldPending = Entry("old-pending");
        oldPending.ReceivedAt = cutoff.AddHours(-1);
        var recentDone = Entry("recent-done");
        recentDone.ReceivedAt = cutoff.AddHours(1);
        recentDone.Status = InboxStatus.Done;
        await Task.WhenAll(_inbox.AddAsync(oldDone), _inbox.AddAsync(oldPending), _inbox.AddAsync(recentDone));

        var purged = _inbox.Purge(cutoff);

        Assert.Equal(1, purged);
        Assert.Equal(2, _inbox.Count());
        Assert.True(await _inbox.AddAsync(Entry("old-done")), "a forgotten MessageId no longer deduplicates");
        Assert.False(await _inbox.AddAsync(Entry("recent-done")));
    }

    [Fact]
    public async Task Pending_SomeFinishedInBetween_OldestPendingFirstUpToTheLimit()
    {
        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => _inbox.AddAsync(Entry($"p-{i}"))));
        var all = _inbox.Pending(10);
        foreach (var entry in all.Where((_, i) => i % 3 == 0))
        {
            entry.Status = InboxStatus.Done;
        }

        _inbox.Update(all);
        Assert.True(await _inbox.AddAsync(Entry("p-late")));

        var pending = _inbox.Pending(4);

        Assert.Equal(all.Where((_, i) => i % 3 != 0).Take(4).Select(e => e.Id), pending.Select(e => e.Id));
        Assert.Equal("p-late", _inbox.Pending(100)[^1].DedupKey);
    }

    [Fact]
    public async Task Pending_AfterARestartWithEverythingFinished_FindsOnlyTheNewCallback()
    {
        await Task.WhenAll(Enumerable.Range(0, 5).Select(i => _inbox.AddAsync(Entry($"old-{i}"))));
        var old = _inbox.Pending(10);
        foreach (var entry in old)
        {
            entry.Status = InboxStatus.Done;
        }

        _inbox.Update(old);
        using var restarted = new CallbackInbox(_database);
        Assert.Empty(restarted.Pending(10));

        Assert.True(await restarted.AddAsync(Entry("new")));

        Assert.Equal(["new"], restarted.Pending(10).Select(e => e.DedupKey));
    }

    public void Dispose()
    {
        _inbox.Dispose();
        _state.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class CallbackInboxOnLiteDbTests() : CallbackInboxTests(StorageProvider.LiteDb);

public sealed class CallbackInboxOnPostgreSqlTests() : CallbackInboxTests(StorageProvider.PostgreSql);

/// <summary>The inbox's commits on a durable LiteDB file: each answered callback reached the disk, and callbacks queued together share flushes.</summary>
public sealed class CallbackInboxDiskFlushTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly BridgeDatabase _database;
    private readonly CallbackInbox _inbox;

    public CallbackInboxDiskFlushTests()
    {
        _database = new BridgeDatabase(
            Options.Create(new StorageOptions { Path = "data/bridge.db", DurableCommits = true }),
            new BridgeEnvironment(_dir.Path), TimeProvider.System, NullLogger<BridgeDatabase>.Instance);
        _inbox = new CallbackInbox(_database);
    }

    private static InboxEntry Entry(string key) => CallbackInboxTests.Entry(key);

    [Fact]
    public async Task AddAsync_Completed_EntryIsStoredAndTheLogWasFlushedToDisk()
    {
        _ = await _inbox.AddAsync(Entry("warm-up"));
        var flushesBefore = _database.DiskFlushes;

        var added = await _inbox.AddAsync(Entry("m-1"));

        Assert.True(added);
        Assert.True(_database.DiskFlushes > flushesBefore, "the answer may only go out after the commit reached the disk");
        Assert.Single(_inbox.Pending(10), e => e.DedupKey == "m-1");
    }

    [Fact]
    public async Task AddAsync_ManyAtOnce_AllStoredWithFarFewerDiskFlushesThanEntries()
    {
        _ = await _inbox.AddAsync(Entry("warm-up"));
        var flushesBefore = _database.DiskFlushes;

        var results = await Task.WhenAll(Enumerable.Range(0, 400).Select(i => _inbox.AddAsync(Entry($"m-{i}"))));

        Assert.All(results, Assert.True);
        Assert.Equal(401, _inbox.Count());
        var flushes = _database.DiskFlushes - flushesBefore;
        Assert.True(flushes <= 200, $"400 callbacks queued together took {flushes} disk flushes; they should share commits");
    }

    public void Dispose()
    {
        _inbox.Dispose();
        _database.Dispose();
        _dir.Dispose();
    }
}
