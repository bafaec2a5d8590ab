using Bridge.Worker.Ingest;
using Bridge.Worker.Storage;
using Bridge.Worker.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Worker.Tests.Ingest;

public abstract class TicketTrackerTests : IDisposable
{
    private static readonly DateTimeOffset V1 = new(2026, 3, 2, 22, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(V1.AddMinutes(1));
    private readonly StateFile _state;
    private readonly BridgeDatabase _db;
    private readonly TicketChangeStore _changes;
    private readonly TicketTracker _tracker;
    private readonly FakeTicketSource _source = new();
    private readonly Bridge.Worker.Engine.StageWakeups _wakeups = new();

    protected TicketTrackerTests(StorageProvider provider)
    {
        _state = new StateFile(_time.GetUtcNow(), provider);
        _db = _state.Database;
        _changes = new TicketChangeStore(_db);
        _tracker = new TicketTracker(_db, new TicketStateStore(_db), _changes, _source, new BridgeMember(new TestOptionsMonitor<Bridge.Connectors.ConnectWise.ConnectWiseOptions>(new() { MemberIdentifier = "bridgeapi" })), _wakeups, _time, NullLogger<TicketTracker>.Instance);
    }

    private static TicketVersion Version(int seconds, string status, ChangeSource source = ChangeSource.Poll) =>
        new(new TicketSnapshot { Id = 9, LastUpdated = V1.AddSeconds(seconds), StatusId = seconds, StatusName = status }, source);

    [Fact]
    public async Task Apply_SameVersionTwiceFromTwoPaths_OneChange()
    {
        await _tracker.ApplyAsync([Version(0, "New", ChangeSource.Callback)], default);
        var again = await _tracker.ApplyAsync([Version(0, "New", ChangeSource.Poll)], default);

        Assert.Empty(again);
        Assert.Single(_changes.ForTicket(9));
    }

    [Fact]
    public async Task Apply_OutOfOrderBatch_AppliedInVersionOrder()
    {
        var stored = await _tracker.ApplyAsync([Version(2, "In Progress"), Version(0, "New"), Version(1, "Assigned")], default);

        Assert.Equal(["Created  ->New", "StatusChanged New->Assigned", "StatusChanged Assigned->In Progress"],
            stored.Select(c => c.Kind == TicketChangeKind.Created ? $"Created  ->{c.NewValue}" : $"{c.Kind} {c.OldValue}->{c.NewValue}"));
    }

    [Fact]
    public async Task Apply_OlderAfterNewer_Ignored()
    {
        await _tracker.ApplyAsync([Version(5, "Assigned")], default);

        var late = await _tracker.ApplyAsync([Version(3, "New")], default);

        Assert.Empty(late);
        Assert.Equal("Assigned", _tracker.Held(9)!.StatusName);
    }

    [Fact]
    public async Task Apply_SecondSaveInTheSameSecond_ReadAgainAndTaken()
    {
        // Entered as P3 and raised to P1 a moment later: ConnectWise stamps both saves with one second.
        await _tracker.ApplyAsync([Priority(0, "Priority 3", ChangeSource.Callback)], default);
        _source.Current[9] = Priority(0, "Priority 1", ChangeSource.Fetch).Snapshot;

        var stored = await _tracker.ApplyAsync([Priority(0, "Priority 1", ChangeSource.Poll)], default);

        var raised = Assert.Single(stored);
        Assert.Equal((TicketChangeKind.PriorityChanged, "Priority 3", "Priority 1", ChangeSource.Fetch), (raised.Kind, raised.OldValue, raised.NewValue, raised.Source));
        Assert.Equal([9], _source.Reads);
        Assert.Equal("Priority 1", _tracker.Held(9)!.PriorityName);
    }

    [Fact]
    public async Task Apply_StaleVersionOfTheSameSecondReplayed_ReadAgainChangesNothing()
    {
        await _tracker.ApplyAsync([Priority(0, "Priority 3", ChangeSource.Callback)], default);
        _source.Current[9] = Priority(0, "Priority 1", ChangeSource.Fetch).Snapshot;
        await _tracker.ApplyAsync([Priority(0, "Priority 1", ChangeSource.Poll)], default);

        // The first callback delivered again (a replay, a late retry): it ties, the read says P1 is current.
        var replay = await _tracker.ApplyAsync([Priority(0, "Priority 3", ChangeSource.Callback)], default);

        Assert.Empty(replay);
        Assert.Equal("Priority 1", _tracker.Held(9)!.PriorityName);
        Assert.Equal(2, _source.Reads.Count);
    }

    [Fact]
    public async Task Apply_SameSecondSameContent_NoRead()
    {
        await _tracker.ApplyAsync([Version(0, "New", ChangeSource.Callback)], default);

        var again = await _tracker.ApplyAsync([Version(0, "New", ChangeSource.Poll) with { Snapshot = Version(0, "New").Snapshot with { UpdatedBy = "someone" } }], default);

        Assert.Empty(again);
        Assert.Empty(_source.Reads);
    }

    [Fact]
    public async Task Apply_TieThatCannotBeReadNow_LeftForTheNextPoll()
    {
        await _tracker.ApplyAsync([Priority(0, "Priority 3", ChangeSource.Callback)], default);

        // Nothing in the fake: the read fails like ConnectWise being down.
        var stored = await _tracker.ApplyAsync([Priority(0, "Priority 1", ChangeSource.Poll)], default);

        Assert.Empty(stored);
        Assert.Equal("Priority 3", _tracker.Held(9)!.PriorityName);
    }

    [Fact]
    public async Task Apply_Deletion_OneDeletedChangeAndLaterVersionsIgnored()
    {
        await _tracker.ApplyAsync([Version(0, "New")], default);

        var deleted = await _tracker.ApplyAsync([TicketVersion.Deletion(9, ChangeSource.Callback)], default);
        var again = await _tracker.ApplyAsync([TicketVersion.Deletion(9, ChangeSource.Fetch), Version(5, "Assigned", ChangeSource.Callback)], default);

        var change = Assert.Single(deleted);
        Assert.Equal(TicketChangeKind.Deleted, change.Kind);
        Assert.True(change.Ticket.Deleted);
        Assert.Empty(again);
    }

    [Fact]
    public async Task Apply_DeletionOfATicketNeverSeen_Nothing()
    {
        Assert.Empty(await _tracker.ApplyAsync([TicketVersion.Deletion(77, ChangeSource.Callback)], default));
    }

    [Fact]
    public async Task Apply_VersionByTheBridgesOwnMember_MarkedAsTheBridgesOwn()
    {
        await _tracker.ApplyAsync([Version(0, "New")], default);

        var stored = await _tracker.ApplyAsync([Version(3, "In Progress") with { Snapshot = Version(3, "In Progress").Snapshot with { UpdatedBy = "BridgeAPI" } }], default);
        var person = await _tracker.ApplyAsync([Version(6, "Assigned") with { Snapshot = Version(6, "Assigned").Snapshot with { UpdatedBy = "anguyen" } }], default);

        Assert.True(Assert.Single(stored).ByBridge);
        Assert.False(Assert.Single(person).ByBridge);
    }

    [Fact]
    public async Task Apply_NewVersion_ConfigurationItemsReadOnlyForNews()
    {
        _source.ConfigurationItems = _ => ["NWD-DC01"];
        await _tracker.ApplyAsync([Version(0, "New")], default);
        _source.ConfigurationItems = _ => throw new InvalidOperationException("an old version must not cost a read");

        await _tracker.ApplyAsync([Version(0, "New")], default);

        Assert.Equal(["NWD-DC01"], _tracker.Held(9)!.ConfigurationItems);
    }

    private static TicketVersion Priority(int seconds, string priority, ChangeSource source) =>
        new(new TicketSnapshot { Id = 9, LastUpdated = V1.AddSeconds(seconds), StatusId = 1, StatusName = "New", PriorityName = priority }, source);

    [Fact]
    public void AddNew_ChangesStoredButSnapshotNot_RepeatStoresNothingTwice()
    {
        // A crash between the two commits: the changes are in, the snapshot is not; the retry computes the same keys.
        var diff = TicketDiff.Compute(null, Version(0, "New").Snapshot, ChangeSource.Poll, _time.GetUtcNow());
        _db.Write(() => _changes.AddNew(diff));

        var retried = _db.Write(() => _changes.AddNew(diff));

        Assert.Empty(retried);
        Assert.Equal(1, _changes.Count());
    }

    public void Dispose()
    {
        _tracker.Dispose();
        _wakeups.Dispose();
        _state.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class TicketTrackerOnLiteDbTests() : TicketTrackerTests(StorageProvider.LiteDb);

public sealed class TicketTrackerOnPostgreSqlTests() : TicketTrackerTests(StorageProvider.PostgreSql);
