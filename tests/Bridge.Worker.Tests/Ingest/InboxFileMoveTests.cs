using Bridge.Worker.Ingest;
using Bridge.Worker.Storage;
using Bridge.Worker.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bridge.Worker.Tests.Ingest;

public sealed class InboxFileMoveTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly BridgeDatabase _state;
    private readonly BridgeDatabase _inboxFile;
    private readonly CallbackInbox _inbox;

    public InboxFileMoveTests()
    {
        var statePath = _dir.File("data/bridge.db");
        _state = new BridgeDatabase(statePath, durable: false, TimeProvider.System, NullLogger<BridgeDatabase>.Instance);
        _inboxFile = new BridgeDatabase(BridgeDatabase.InboxPathFor(statePath), durable: false, TimeProvider.System, NullLogger<BridgeDatabase>.Instance);
        _inbox = new CallbackInbox(_inboxFile);
    }

    private void KeepInStateFile(params (string Key, InboxStatus Status)[] entries) => _state.Write(() =>
        _state.Collection<InboxEntry>(CallbackInbox.CollectionName).Insert(entries.Select(e => new InboxEntry
        {
            DedupKey = e.Key,
            Body = "{}"u8.ToArray(),
            Type = "ticket",
            Action = "updated",
            RecordId = 7,
            Status = e.Status,
        })));

    private Task MoveAsync() => new InboxFileMove(_state, _inbox, NullLogger<InboxFileMove>.Instance).StartAsync(CancellationToken.None);

    [Fact]
    public async Task StartAsync_InboxInTheStateFile_MovedWithIdsAndStatusAndDroppedFromTheStateFile()
    {
        KeepInStateFile(("done-1", InboxStatus.Done), ("pending-2", InboxStatus.Pending));

        await MoveAsync();

        Assert.False(_state.HasCollection(CallbackInbox.CollectionName));
        var pending = Assert.Single(_inbox.Pending(10));
        Assert.Equal(("pending-2", 2L, "{}"), (pending.DedupKey, pending.Id, System.Text.Encoding.UTF8.GetString(pending.Body)));
        Assert.Equal(2, _inbox.Count());
        Assert.False(await _inbox.AddAsync(new InboxEntry { DedupKey = "done-1", Type = "ticket", Action = "updated" }), "a moved MessageId still deduplicates");
    }

    [Fact]
    public async Task StartAsync_CopiedBeforeACrashThenAgain_NoEntryTwice()
    {
        KeepInStateFile(("a", InboxStatus.Pending), ("b", InboxStatus.Pending));
        _inbox.Import(_state.Collection<InboxEntry>(CallbackInbox.CollectionName).FindAll().Take(1).ToList());

        await MoveAsync();

        Assert.Equal(["a", "b"], _inbox.Pending(10).Select(e => e.DedupKey));
    }

    [Fact]
    public async Task StartAsync_NoInboxInTheStateFile_NothingChanges()
    {
        Assert.True(await _inbox.AddAsync(new InboxEntry { DedupKey = "new", Type = "ticket", Action = "updated" }));

        await MoveAsync();

        Assert.Equal(1, _inbox.Count());
        Assert.False(_state.HasCollection(CallbackInbox.CollectionName));
    }

    public void Dispose()
    {
        _inbox.Dispose();
        _inboxFile.Dispose();
        _state.Dispose();
        _dir.Dispose();
    }
}
