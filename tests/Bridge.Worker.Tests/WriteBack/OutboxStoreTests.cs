using Bridge.Worker.Storage;
using Bridge.Worker.Tests.Support;
using Bridge.Worker.WriteBack;

namespace Bridge.Worker.Tests.WriteBack;

public abstract class OutboxStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 3, 7, 10, 0, TimeSpan.Zero);
    private readonly StateFile _state;
    private readonly BridgeDatabase _database;
    private readonly OutboxStore _store;

    protected OutboxStoreTests(StorageProvider provider)
    {
        _state = new StateFile(Now, provider);
        _database = _state.Database;
        _store = new OutboxStore(_database);
    }

    private static OutboxRecord Record(string key, int ticketId) => OutboxRecords.Note(key, ticketId, Now);

    [Fact]
    public void InsertNew_KeyAlreadyThere_NotAddedAgain()
    {
        _database.Write(() => _store.InsertNew([Record("tl:1:note", 5), Record("tl:2:note", 5)]));

        var again = _database.Write(() => _store.InsertNew([Record("tl:2:note", 5), Record("tl:3:note", 5)]));

        Assert.Equal(["tl:3:note"], again.Select(r => r.Key));
        Assert.Equal(["tl:1:note", "tl:2:note", "tl:3:note"], _store.ForTicket(5).Select(r => r.Key));
    }

    [Fact]
    public void Heads_PerTicketTheOldestOpenRecord_FinishedOnesDoNotHoldTheTicket()
    {
        _database.Write(() => _store.InsertNew([Record("a", 5), Record("b", 5), Record("c", 6), Record("d", 6)]));
        var first = _store.ByKey("a")!;
        (first.State, first.Open) = (OutboxState.Parked, false);
        _database.Write(() => _store.Update(first));

        Assert.Equal(["b", "c"], _store.Heads().Select(r => r.Key));
        Assert.Equal(1, _store.Counts()[OutboxState.Parked]);
        Assert.Equal(3, _store.Counts()[OutboxState.Pending]);
        Assert.Equal(["a"], _store.InState(OutboxState.Parked).Select(r => r.Key));
    }

    [Fact]
    public void Cursor_SetInsideAWrite_ReadBackAfterReopening()
    {
        var cursor = new TimelineCursorStore(_database);
        Assert.Equal(0, cursor.Get());

        _database.Write(() => cursor.Set(17));

        Assert.Equal(17, cursor.Get());
    }

    [Fact]
    public void AppliedStatus_Remembered_PerTicket()
    {
        var applied = new AppliedStatusStore(_database);
        _database.Write(() => applied.Set(5, new KnownStatus(3, "In Progress", Now)));

        Assert.Equal(new KnownStatus(3, "In Progress", Now), applied.Get(5));
        Assert.Null(applied.Get(6));
    }

    public void Dispose()
    {
        _state.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class OutboxStoreOnLiteDbTests() : OutboxStoreTests(StorageProvider.LiteDb);

public sealed class OutboxStoreOnPostgreSqlTests() : OutboxStoreTests(StorageProvider.PostgreSql);
