using Bridge.TestSupport;
using Bridge.Worker.Storage;
using Bridge.Worker.Storage.PostgreSql;
using Npgsql;

namespace Bridge.Worker.Tests.Storage;

/// <summary>The PostgreSQL schema made from nothing, moved on from the version before, and refused when newer than this bridge.</summary>
public sealed class PostgresSchemaTests : IDisposable
{
    private readonly PostgresDatabase _database = PostgresServer.Shared.CreateDatabase("schema");

    [Fact]
    public void EmptyDatabase_MigratedToTheLatest_AndAgainChangesNothing()
    {
        using var connection = Open();

        Assert.Equal(PostgresSchema.Latest, PostgresSchema.Migrate(connection));
        Assert.Equal(PostgresSchema.Latest, PostgresSchema.Migrate(connection));
        Assert.Equal(
            PostgresSchema.Migrations.Select(m => m.Version),
            Query(connection, "SELECT version FROM bridge_schema ORDER BY version").Select(v => (int)v!));
        Assert.Equal(["bridge_collections", "bridge_leases", "bridge_schema"], Query(connection, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename").Select(t => (string)t!));
    }

    [Fact]
    public void PreviousVersion_WithData_MovedOnWithTheDataKept()
    {
        using (var connection = Open())
        {
            Assert.Equal(PostgresSchema.Latest - 1, PostgresSchema.Migrate(connection, upTo: PostgresSchema.Latest - 1));
            // A collection as the previous version made it: text ids that compared with case.
            Execute(connection, """
                CREATE TABLE bridge_main_cursors (id text PRIMARY KEY, doc jsonb NOT NULL);
                INSERT INTO bridge_collections (store, name, id_type) VALUES ('main', 'cursors', 'text');
                INSERT INTO bridge_main_cursors VALUES ('Routing', '{"_id": "Routing", "Position": {"$numberLong": "41"}}');
                """);
        }

        using var engine = new PostgresEngine(NpgsqlDataSource.Create(_database.ConnectionString), "main", "test", ownsSource: true);
        var database = new BridgeDatabase(engine);
        database.EnsureOpen();

        using var check = Open();
        Assert.Equal(PostgresSchema.Latest, PostgresSchema.Version(check));
        var cursor = database.Collection<DocumentsTests.Cursor>("cursors").FindById("routing");
        Assert.Equal(41, cursor?.Position);
    }

    [Fact]
    public void NewerDatabase_Refused_SayingWhy()
    {
        using var connection = Open();
        PostgresSchema.Migrate(connection);
        Execute(connection, $"INSERT INTO bridge_schema (version, name) VALUES ({PostgresSchema.Latest + 1}, 'from a newer bridge')");

        var refused = Assert.Throws<StorageUnavailableException>(() => PostgresSchema.Migrate(connection));

        Assert.Contains($"schema version {PostgresSchema.Latest + 1}, newer than this bridge knows ({PostgresSchema.Latest})", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoInstancesStartingTogether_MigrateOnce()
    {
        var versions = new int[4];
        Parallel.For(0, versions.Length, i =>
        {
            using var connection = Open();
            versions[i] = PostgresSchema.Migrate(connection);
        });

        Assert.All(versions, v => Assert.Equal(PostgresSchema.Latest, v));
        using var check = Open();
        Assert.Equal(PostgresSchema.Migrations.Count, Query(check, "SELECT count(*) FROM bridge_schema").Select(n => (int)(long)n!).Single());
    }

    private NpgsqlConnection Open()
    {
        var connection = new NpgsqlConnection(_database.ConnectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static List<object?> Query(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var values = new List<object?>();
        while (reader.Read())
        {
            values.Add(reader.GetValue(0));
        }

        return values;
    }

    public void Dispose() => _database.Dispose();
}
