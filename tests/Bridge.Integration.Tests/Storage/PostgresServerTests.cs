using System.Globalization;
using Bridge.TestSupport;
using Npgsql;

namespace Bridge.Integration.Tests.Storage;

/// <summary>The throwaway PostgreSQL cluster the storage tests run against: reachable, isolated, stoppable, not root.</summary>
public sealed class PostgresServerTests
{
    [Fact]
    public async Task Shared_server_accepts_the_password_and_runs_a_query()
    {
        using var database = PostgresServer.Shared.CreateDatabase("select1");

        Assert.Equal(1, await ScalarAsync<int>(database.ConnectionString, "select 1"));
    }

    [Fact]
    public async Task A_wrong_password_is_refused()
    {
        var server = PostgresServer.Shared;
        var builder = new NpgsqlConnectionStringBuilder(server.ConnectionString("postgres"))
        {
            Password = server.Password + "-wrong",
            Pooling = false,
        };

        var refused = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync<int>(builder.ConnectionString, "select 1"));

        Assert.Equal(PostgresErrorCodes.InvalidPassword, refused.SqlState);
    }

    [Fact]
    public async Task Two_databases_are_distinct_and_both_usable()
    {
        using var first = PostgresServer.Shared.CreateDatabase("distinct");
        using var second = PostgresServer.Shared.CreateDatabase("distinct");

        Assert.NotEqual(first.Name, second.Name);
        Assert.Equal(first.Name, await ScalarAsync<string>(first.ConnectionString, "select current_database()"));
        Assert.Equal(second.Name, await ScalarAsync<string>(second.ConnectionString, "select current_database()"));
        await ExecuteAsync(first.ConnectionString, "create table only_here (id int)");
        Assert.Equal(0L, await ScalarAsync<long>(second.ConnectionString, "select count(*) from pg_tables where tablename = 'only_here'"));
    }

    [Fact]
    public async Task Disposing_a_database_drops_it()
    {
        var server = PostgresServer.Shared;
        var database = server.CreateDatabase("dropped");
        await ScalarAsync<int>(database.ConnectionString, "select 1");

        database.Dispose();

        var sql = $"select count(*) from pg_database where datname = '{database.Name}'";
        Assert.Equal(0L, await ScalarAsync<long>(Unpooled(server.ConnectionString("postgres")), sql));
    }

    [Fact]
    public async Task A_killed_private_server_refuses_connections_until_restarted()
    {
        using var server = PostgresServer.StartNew();
        Assert.NotEqual(PostgresServer.Shared.Port, server.Port);
        var connectionString = Unpooled(server.ConnectionString("postgres"));
        Assert.Equal(1, await ScalarAsync<int>(connectionString, "select 1"));

        server.Kill();
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => ScalarAsync<int>(connectionString, "select 1"));

        server.Restart();
        Assert.Equal(1, await ScalarAsync<int>(connectionString, "select 1"));
    }

    [Fact]
    public async Task The_server_process_does_not_run_as_root()
    {
        var server = PostgresServer.Shared;
        var dataDirectory = await ScalarAsync<string>(Unpooled(server.ConnectionString("postgres")), "select current_setting('data_directory')");
        var postmasterPid = File.ReadLines(Path.Combine(dataDirectory, "postmaster.pid")).First().Trim();

        var uidLine = File.ReadLines($"/proc/{postmasterPid}/status").Single(line => line.StartsWith("Uid:", StringComparison.Ordinal));
        var uids = uidLine["Uid:".Length..].Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.All(uids, uid => Assert.NotEqual(0, int.Parse(uid, CultureInfo.InvariantCulture)));
    }

    private static string Unpooled(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
