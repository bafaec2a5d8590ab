using Bridge.TestSupport;
using Bridge.Worker.Storage;
using Bridge.Worker.Storage.Leases;
using Bridge.Worker.Storage.PostgreSql;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Bridge.Worker.Tests.Storage;

/// <summary>
/// The engine lease on a real PostgreSQL database: one holder at a time, a new token for a new holder, and a module
/// write from an instance that lost the lease refused inside its own transaction, whatever it believes.
/// </summary>
public sealed class EngineLeaseTests : IDisposable
{
    private readonly PostgresDatabase _database = PostgresServer.Shared.CreateDatabase("lease");
    private readonly PostgresConnection _connection;
    private readonly BridgeDatabase _store;

    public EngineLeaseTests()
    {
        _connection = new PostgresConnection(_database.ConnectionString);
        _store = new BridgeDatabase(new PostgresEngine(_connection.Source, "main", _connection.Describe, fence: EngineLease.Fence));
        _store.EnsureOpen();
    }

    [Fact]
    public void FirstTaker_HoldsIt_TheOtherWaits()
    {
        var (a, keeperA, _) = Instance("a");
        var (b, keeperB, _) = Instance("b");

        keeperA.Step();
        keeperB.Step();
        keeperA.Step();

        Assert.True(a.IsHeld);
        Assert.False(b.IsHeld);
        Assert.Equal("a", b.Holder?.Instance);
        Assert.Equal(a.Token, b.Holder?.Token);
    }

    [Fact]
    public async Task HolderPausedPastItsLease_TheOtherTakesIt_AndTheOldHoldersWriteIsRefused()
    {
        var (a, keeperA, lifetimeA) = Instance("a");
        var (b, keeperB, _) = Instance("b");
        keeperA.Step();
        var first = a.Token;
        await InModule(a, () => _store.Write(() => Notes().Insert(new Note { Text = "while holding" })));

        // "a" stops renewing (a pause, a partition); its lease runs out by the database's clock and "b" takes it.
        Expire();
        keeperB.Step();

        Assert.True(b.IsHeld);
        Assert.NotEqual(first, b.Token);
        Assert.True(a.IsHeld, "a has not noticed yet: the fence must not rely on it noticing");
        var refused = await Assert.ThrowsAsync<LeaseLostException>(() => InModule(a, () => _store.Write(() => Notes().Insert(new Note { Text = "after the takeover" }))));
        Assert.Contains("held by b", refused.Message, StringComparison.Ordinal);
        Assert.Equal(["while holding"], Notes().FindAll().Select(n => n.Text));

        // The new holder writes; a write from outside any module (an HTTP request on any instance) is not fenced.
        await InModule(b, () => _store.Write(() => Notes().Insert(new Note { Text = "b holds it" })));
        _store.Write(() => Notes().Insert(new Note { Text = "a callback on a" }));

        try
        {
            keeperA.Step();
            Assert.True(a.Lost);
            Assert.True(lifetimeA.ApplicationStopping.IsCancellationRequested);
            Assert.Equal(LeaseKeeper.LostExitCode, Environment.ExitCode);
        }
        finally
        {
            Environment.ExitCode = 0;
        }

        Assert.Equal(["while holding", "b holds it", "a callback on a"], Notes().FindAll().Select(n => n.Text));
    }

    [Fact]
    public async Task HolderStopping_GivesItUp_AndTheOtherTakesItAtOnce()
    {
        var (a, keeperA, _) = Instance("a");
        var (b, keeperB, _) = Instance("b");
        keeperA.Step();

        await keeperA.StopAsync(CancellationToken.None);
        keeperB.Step();

        Assert.True(b.IsHeld);
        Assert.False(a.IsHeld);
    }

    [Fact]
    public async Task NoLeaseYet_AModuleWriteIsRefused()
    {
        var (a, _, _) = Instance("a");

        await Assert.ThrowsAsync<LeaseLostException>(() => InModule(a, () => _store.Write(() => Notes().Insert(new Note { Text = "too early" }))));
        Assert.Equal(0, Notes().Count());
    }

    private (EngineLease Lease, LeaseKeeper Keeper, ApplicationLifetime Lifetime) Instance(string name)
    {
        var lease = new EngineLease(name, TimeSpan.FromSeconds(10));
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        return (lease, new LeaseKeeper(lease, _connection, lifetime, NullLogger<LeaseKeeper>.Instance), lifetime);
    }

    /// <summary>Runs <paramref name="work"/> as a module of <paramref name="lease"/>'s instance would (its own flow).</summary>
    private static Task InModule(EngineLease lease, Action work) => Task.Run(() =>
    {
        lease.EnterModule();
        work();
    });

    private IDocuments<Note> Notes() => _store.Collection<Note>("notes");

    private void Expire()
    {
        using var connection = new NpgsqlConnection(_database.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("UPDATE bridge_leases SET expires_at = now() - interval '1 second'", connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _store.Dispose();
        _connection.Dispose();
        _database.Dispose();
    }

    public sealed class Note
    {
        public int Id { get; set; }

        public string Text { get; set; } = "";
    }
}
