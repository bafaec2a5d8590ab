using Bridge.TestSupport;
using Bridge.Worker.Kernel;
using Bridge.Worker.Storage;
using Bridge.Worker.Storage.PostgreSql;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Bridge.Worker.Tests.Support;

/// <summary>
/// A real store for one test, deleted when it ends: a LiteDB state file in a fresh directory (commits not forced to
/// disk), or a fresh database on the test run's own PostgreSQL server (<see cref="PostgresServer"/>).
/// </summary>
internal sealed class StateFile : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly PostgresDatabase? _postgres;

    public StateFile(DateTimeOffset now, StorageProvider provider = StorageProvider.LiteDb)
    {
        Provider = provider;
        if (provider == StorageProvider.PostgreSql)
        {
            _postgres = PostgresServer.Shared.CreateDatabase("store");
            var source = NpgsqlDataSource.Create(_postgres.ConnectionString);
            Database = new BridgeDatabase(new PostgresEngine(source, "main", $"test database {_postgres.Name}", ownsSource: true));
            Database.EnsureOpen();
            return;
        }

        Database = new BridgeDatabase(
            Microsoft.Extensions.Options.Options.Create(new StorageOptions { DurableCommits = false }),
            new BridgeEnvironment(_dir.Path),
            new FakeTimeProvider(now),
            NullLogger<BridgeDatabase>.Instance);
    }

    public StorageProvider Provider { get; }

    /// <summary>The PostgreSQL connection string (PostgreSQL only).</summary>
    public string ConnectionString => _postgres?.ConnectionString ?? throw new InvalidOperationException("A LiteDB state file has no connection string.");

    public BridgeDatabase Database { get; }

    public void Dispose()
    {
        Database.Dispose();
        _postgres?.Dispose();
        _dir.Dispose();
    }
}
