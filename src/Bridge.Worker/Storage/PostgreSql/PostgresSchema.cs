using Npgsql;

namespace Bridge.Worker.Storage.PostgreSql;

/// <summary>
/// The bridge's own tables in PostgreSQL, made and moved forward at start by numbered migrations (table
/// <c>bridge_schema</c> says which have run). Instances starting together take turns on a session advisory lock;
/// a database that a newer bridge has migrated further is refused rather than written in a shape this one does not know.
/// Collections' tables are not migrations: each is made on first use, as LiteDB makes a collection.
/// </summary>
internal static class PostgresSchema
{
    private const long MigrationLock = 0x4272_6964_0000_0001;

    /// <summary>Every migration, in order. A released one is never edited: a change is a new one at the end.</summary>
    public static IReadOnlyList<Migration> Migrations { get; } =
    [
        new(1, "collections", """
            CREATE TABLE bridge_collections (
                store text NOT NULL,
                name text NOT NULL,
                id_type text NOT NULL,
                created_at timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (store, name));
            """),
        new(2, "module leases", """
            CREATE TABLE bridge_leases (
                module text PRIMARY KEY,
                holder text NOT NULL,
                token bigint NOT NULL,
                acquired_at timestamptz NOT NULL,
                renewed_at timestamptz NOT NULL,
                expires_at timestamptz NOT NULL);
            CREATE SEQUENCE bridge_lease_tokens;
            """),
        new(3, "text ids without case", """
            CREATE COLLATION IF NOT EXISTS bridge_ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
            DO $$
            DECLARE c record;
            BEGIN
                FOR c IN SELECT store, name FROM bridge_collections WHERE id_type = 'text' LOOP
                    EXECUTE format('ALTER TABLE %I ALTER COLUMN id TYPE text COLLATE bridge_ci', 'bridge_' || c.store || '_' || c.name);
                END LOOP;
            END $$;
            """),
    ];

    public static int Latest => Migrations[^1].Version;

    /// <summary>Runs the migrations this database has not had, up to <paramref name="upTo"/> (all of them by default).</summary>
    public static int Migrate(NpgsqlConnection connection, int? upTo = null)
    {
        Run(connection, "SELECT pg_advisory_lock($1)", MigrationLock);
        try
        {
            Run(connection, "CREATE TABLE IF NOT EXISTS bridge_schema (version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
            var current = Version(connection);
            if (current > Latest)
            {
                throw new StorageUnavailableException(
                    $"The PostgreSQL database is at schema version {current}, newer than this bridge knows ({Latest}): a newer bridge has used it. Run that version, or a newer one, against it.");
            }

            foreach (var migration in Migrations.Where(m => m.Version > current && m.Version <= (upTo ?? Latest)))
            {
                using var transaction = connection.BeginTransaction();
                Run(connection, migration.Sql);
                Run(connection, "INSERT INTO bridge_schema (version, name) VALUES ($1, $2)", migration.Version, migration.Name);
                transaction.Commit();
            }

            return Version(connection);
        }
        finally
        {
            Run(connection, "SELECT pg_advisory_unlock($1)", MigrationLock);
        }
    }

    public static int Version(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM bridge_schema", connection);
        return (int)command.ExecuteScalar()!;
    }

    private static void Run(NpgsqlConnection connection, string sql, params object[] values)
    {
        using var command = PostgresEngine.Command(connection, sql, values);
        command.ExecuteNonQuery();
    }

    internal sealed record Migration(int Version, string Name, string Sql);
}
