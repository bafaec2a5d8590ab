using Bridge.Worker.Kernel;
using Bridge.Worker.Storage;
using Bridge.Worker.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Worker.Tests.Storage;

public sealed class BridgeDatabaseTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 2, 13, 0, TimeSpan.Zero));

    private BridgeDatabase Open(bool durable = true, string path = "data/bridge.db") =>
        new(Options.Create(new StorageOptions { Path = path, DurableCommits = durable }),
            new BridgeEnvironment(_dir.Path), _time, NullLogger<BridgeDatabase>.Instance);

    [Fact]
    public void FilePath_Relative_ResolvesAgainstConfigDirectory()
    {
        using var db = Open();

        Assert.Equal(Path.Combine(_dir.Path, "data", "bridge.db"), db.FilePath);
    }

    [Fact]
    public void Insert_DurableCommits_ForcesLogToDisk()
    {
        using var db = Open(durable: true);
        var runs = new ServiceRunRepository(db);

        runs.RecordStart(_time.GetUtcNow(), "1.0", "test");
        var afterFirst = db.DiskFlushes;
        runs.RecordStart(_time.GetUtcNow(), "1.0", "test");

        Assert.True(afterFirst > 0, "a commit must reach the disk before it is acknowledged");
        Assert.True(db.DiskFlushes > afterFirst, "every commit must flush, not only the first");
    }

    [Fact]
    public void Write_ManySmallCommits_EachOneFlushedBeforeReturning()
    {
        using var db = Open(durable: true);
        var runs = new ServiceRunRepository(db);

        var misses = 0;
        for (var i = 0; i < 50; i++)
        {
            var before = db.DiskFlushes;
            runs.RecordStart(_time.GetUtcNow(), "1.0", "test");
            misses += db.DiskFlushes > before ? 0 : 1;
        }

        Assert.Equal(0, misses);
        Assert.True(db.BoundToWriterQueue, "the barrier must reach LiteDB's writer queue; a LiteDB upgrade changed its internals");
    }

    [Fact]
    public void Write_NothingWritten_NoForcedFlush()
    {
        using var db = Open(durable: true);
        var runs = new ServiceRunRepository(db);
        runs.RecordStart(_time.GetUtcNow(), "1.0", "test");
        var before = db.DiskFlushes;

        // A stage that finds nothing to change: its transaction only reads.
        db.Write(() => { });
        db.Write(() => db.Collection<ServiceRun>("service_runs").Count());

        Assert.Equal(before, db.DiskFlushes);
        runs.RecordStart(_time.GetUtcNow(), "1.0", "test");
        Assert.True(db.DiskFlushes > before, "a write after the empty ones must still reach the disk");
    }

    [Fact]
    public void WriteUnforced_Durable_DoesNotWaitForTheDisk()
    {
        using var db = Open(durable: true);
        db.EnsureOpen();
        var before = db.DiskFlushes;

        db.WriteUnforced(() => db.Collection<LiteDB.BsonDocument>("marks").Insert(new LiteDB.BsonDocument { ["n"] = 1 }));

        Assert.Equal(before, db.DiskFlushes);
    }

    [Fact]
    public void WriteUnforced_ThenAForcedWrite_BothSurviveACrash()
    {
        var db = Open(durable: true);
        db.WriteUnforced(() => db.Collection<LiteDB.BsonDocument>("marks").Insert(new LiteDB.BsonDocument { ["_id"] = "unforced" }));
        db.Write(() => db.Collection<LiteDB.BsonDocument>("marks").Insert(new LiteDB.BsonDocument { ["_id"] = "forced" }));

        // The crash: the files as they are now, without the clean close (which would checkpoint the log).
        Directory.CreateDirectory(_dir.File("crashed"));
        foreach (var name in new[] { "bridge.db", "bridge-log.db" })
        {
            using var input = new FileStream(_dir.File("data/" + name), FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var output = File.Create(_dir.File("crashed/" + name));
            input.CopyTo(output);
        }

        using var reopened = Open(path: "crashed/bridge.db");
        var ids = reopened.Collection<LiteDB.BsonDocument>("marks").FindAll().Select(d => d["_id"].AsString).Order().ToList();
        Assert.Equal(["forced", "unforced"], ids);
        db.Dispose();
    }

    [Fact]
    public void Write_ThousandInsertsInOneWrite_ForcesTheDiskOnceNotPerPage()
    {
        using var db = Open(durable: true);
        var runs = db.Collection<ServiceRun>("bulk");
        db.Write(() => runs.Insert(new ServiceRun { Version = "warm" }));
        var before = db.DiskFlushes;

        db.Write(() => runs.InsertBulk(Enumerable.Range(0, 1000).Select(i => new ServiceRun { Version = "v" + i, Machine = new string('m', 300) })));

        Assert.Equal(1001, runs.Count());
        Assert.InRange(db.DiskFlushes - before, 1, 2);
    }

    [Fact]
    public void Write_ThrowsAfterWritingTwoCollections_NeitherWriteIsKept()
    {
        using var db = Open(durable: true);
        var incidents = db.Collection<ServiceRun>("incidents_like");
        var lines = db.Collection<ServiceRun>("timeline_like");

        Assert.Throws<InvalidOperationException>(() => db.Write(() =>
        {
            incidents.Insert(new ServiceRun { Version = "state change" });
            lines.Insert(new ServiceRun { Version = "its timeline line" });
            throw new InvalidOperationException("crash between the two halves");
        }));
        db.Write(() => lines.Insert(new ServiceRun { Version = "later write" }));

        Assert.Equal(0, incidents.Count());
        Assert.Equal(["later write"], lines.FindAll().Select(r => r.Version));
    }

    [Fact]
    public void Write_NestedInsideAWrite_JoinsItAndCommitsOnce()
    {
        using var db = Open(durable: true);
        var runs = db.Collection<ServiceRun>("nested");
        db.Write(() => runs.Insert(new ServiceRun { Version = "warm" }));
        var before = db.DiskFlushes;

        db.Write(() =>
        {
            runs.Insert(new ServiceRun { Version = "outer" });
            db.Write(() => runs.Insert(new ServiceRun { Version = "inner" }));
        });

        Assert.Equal(3, runs.Count());
        Assert.Equal(1, db.DiskFlushes - before);
    }

    [Fact]
    public void Insert_NotDurable_DoesNotCountDiskFlushes()
    {
        using var db = Open(durable: false);

        new ServiceRunRepository(db).RecordStart(_time.GetUtcNow(), "1.0", "test");

        Assert.Equal(0, db.DiskFlushes);
    }

    [Fact]
    public void Reopen_AfterDispose_KeepsRecordsAndInstants()
    {
        var started = new DateTimeOffset(2026, 3, 8, 7, 30, 0, TimeSpan.Zero);
        using (var db = Open())
        {
            var runs = new ServiceRunRepository(db);
            var run = runs.RecordStart(started, "1.2.3", "host-a");
            runs.RecordStop(run.Id, started.AddHours(5));
        }

        using var reopened = Open();
        var recent = new ServiceRunRepository(reopened).Recent(5);

        var only = Assert.Single(recent);
        Assert.Equal(started, only.StartedAt);
        Assert.Equal(TimeSpan.Zero, only.StartedAt.Offset);
        Assert.Equal(started.AddHours(5), only.StoppedAt);
        Assert.Equal("1.2.3", only.Version);
    }

    [Fact]
    public void EnsureOpen_FileHeldByAnotherBridge_FailsNamingTheFile()
    {
        using var first = Open();
        first.EnsureOpen();
        using var second = Open();

        var ex = Assert.Throws<Bridge.Worker.Storage.LiteDb.StateFileInUseException>(second.EnsureOpen);

        Assert.Contains("in use by another bridge process", ex.Message);
        Assert.Contains("bridge.db", ex.Message);
    }

    [Fact]
    public void EnsureOpen_CorruptFile_MovesItAsideAndStartsEmpty()
    {
        _dir.Write("data/bridge.db", new string('x', 16384));

        using var db = Open();
        db.EnsureOpen();
        new ServiceRunRepository(db).RecordStart(_time.GetUtcNow(), "1.0", "test");

        var aside = Directory.GetFiles(_dir.File("data"), "bridge.db.corrupt-*");
        Assert.Single(aside, f => !f.EndsWith("-log", StringComparison.Ordinal));
        Assert.Equal(new string('x', 16384), File.ReadAllText(aside.Single(f => !f.EndsWith("-log", StringComparison.Ordinal))));
        Assert.Single(new ServiceRunRepository(db).Recent(10));
    }

    [Fact]
    public void Probe_OpenDatabase_Succeeds()
    {
        using var db = Open();

        new ServiceRunRepository(db).Probe(_time.GetUtcNow());

        Assert.True(db.IsOpen);
    }

    public void Dispose() => _dir.Dispose();
}
