using Bridge.Worker.Hosting;
using Bridge.Worker.Ingest;
using Bridge.Worker.Storage;
using Bridge.Worker.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Worker.Tests.Ingest;

public sealed class TicketTrackerTests : IDisposable
{
    private static readonly DateTimeOffset V1 = new(2026, 3, 2, 22, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _time = new(V1.AddMinutes(1));
    private readonly BridgeDatabase _db;
    private readonly TicketChangeStore _changes;
    private readonly TicketTracker _tracker;

    public TicketTrackerTests()
    {
        _db = new BridgeDatabase(Options.Create(new StorageOptions { DurableCommits = false }), new BridgeEnvironment(_dir.Path), _time, NullLogger<BridgeDatabase>.Instance);
        _changes = new TicketChangeStore(_db);
        _tracker = new TicketTracker(_db, new TicketStateStore(_db), _changes, _time);
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
        _db.Dispose();
        _dir.Dispose();
    }
}
