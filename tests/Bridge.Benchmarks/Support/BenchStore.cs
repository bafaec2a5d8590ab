using Bridge.TestSupport;
using Bridge.Worker.Configuration;
using Bridge.Worker.Storage;
using Bridge.Worker.Storage.PostgreSql;
using Npgsql;

namespace Bridge.Benchmarks.Support;

/// <summary>
/// Where one measured worker keeps its state: the LiteDB file in its configuration directory, or a fresh PostgreSQL
/// database (dropped on dispose). Gives the worker its settings, and opens the same state in this process afterwards
/// to check it (the worker killed): the main store and the callback inbox, a file each under LiteDB, a store each
/// (<c>main</c>, <c>inbox</c>) in the one database under PostgreSQL.
/// </summary>
internal sealed class BenchStore : IDisposable
{
    private readonly string? _databasePath;
    private readonly PostgresDatabase? _database;

    private BenchStore(string? databasePath, PostgresDatabase? database)
    {
        _databasePath = databasePath;
        _database = database;
    }

    public static BenchStore ForFile(string databasePath) => new(databasePath, null);

    public static BenchStore ForDatabase(PostgresDatabase database) => new(null, database);

    /// <summary>
    /// The storage settings as environment variables for the worker process (the connection string holds a password:
    /// not on the command line). None for LiteDB: the shipped configuration already names the state file.
    /// </summary>
    public IReadOnlyDictionary<string, string> Environment => _database is null
        ? new Dictionary<string, string>()
        : new Dictionary<string, string>
        {
            [$"{BridgeConfiguration.EnvironmentPrefix}Storage__Provider"] = nameof(StorageProvider.PostgreSql),
            [$"{BridgeConfiguration.EnvironmentPrefix}Storage__ConnectionString"] = _database.ConnectionString,
        };

    /// <summary>Opens the main store (incidents, delivery log) in this process.</summary>
    public BridgeDatabase OpenMain(bool durable) => Open("main", _databasePath, durable);

    /// <summary>Opens the callback inbox in this process (LiteDB replays its log).</summary>
    public BridgeDatabase OpenInbox(bool durable) => Open("inbox", _databasePath is null ? null : BridgeDatabase.InboxPathFor(_databasePath), durable);

    public void Dispose() => _database?.Dispose();

    private BridgeDatabase Open(string store, string? path, bool durable)
    {
        if (path is not null)
        {
            return StateFileDatabase.Open(path, durable);
        }

        var database = new BridgeDatabase(new PostgresEngine(NpgsqlDataSource.Create(_database!.ConnectionString), store, $"bench database {_database.Name}", ownsSource: true));
        database.EnsureOpen();
        return database;
    }
}
