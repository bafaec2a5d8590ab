using System.Net.Sockets;
using Npgsql;

namespace Bridge.Worker.Storage.PostgreSql;

/// <summary>
/// The connection pool to the configured PostgreSQL database (one per process, shared by the main store and the
/// inbox), and how to name it and its failures for people without ever showing the password.
/// </summary>
internal sealed class PostgresConnection : IDisposable
{
    public const string Key = "Storage:ConnectionString";

    private readonly string? _password;

    /// <param name="idleInTransaction">
    /// How long the server lets a session sit idle inside a transaction before ending it (and its locks). A bridge
    /// frozen or cut off in the middle of a write would otherwise hold the store's write lock and the lease row for
    /// as long as its connection lives, and every other instance would wait on it; the lease time is the bound.
    /// </param>
    public PostgresConnection(string? connectionString, string applicationName = "bridge", TimeSpan? idleInTransaction = null)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString ?? "");
        }
        catch (ArgumentException ex)
        {
            throw new StorageUnavailableException($"{Key} is not a PostgreSQL connection string: {Mask(ex.Message, connectionString)}");
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw new StorageUnavailableException($"{Key} names no Host: give the PostgreSQL server (Host=…;Database=…;Username=…;Password=…).");
        }

        _password = builder.Password;
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = applicationName;
        }

        if (idleInTransaction is { } idle && idle > TimeSpan.Zero)
        {
            builder.Options = $"{builder.Options} -c idle_in_transaction_session_timeout={(long)idle.TotalMilliseconds}".Trim();
        }

        Describe = $"PostgreSQL database {builder.Database ?? builder.Username} on {builder.Host}:{builder.Port} as {builder.Username}";
        Source = NpgsqlDataSource.Create(builder);
    }

    public NpgsqlDataSource Source { get; }

    /// <summary>Server, port, database and user: what a person needs to find it, no password.</summary>
    public string Describe { get; }

    /// <summary>Connects once now: an unreachable server or a refused login stops the start with a message naming the key.</summary>
    public void Check()
    {
        try
        {
            using var connection = Source.OpenConnection();
        }
        catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException)
        {
            throw new StorageUnavailableException($"{Key}: cannot use the {Describe}: {Mask(Reason(ex), _password)}", ex);
        }
    }

    /// <summary>A failure in a line (PostgreSQL's own message where it gave one).</summary>
    public static string Reason(Exception ex) => ex switch
    {
        PostgresException postgres => $"{postgres.MessageText} ({postgres.SqlState})",
        NpgsqlException { InnerException: SocketException socket } => socket.Message,
        NpgsqlException { InnerException: TimeoutException } => "no answer before the connection timeout",
        _ => ex.Message,
    };

    private static string Mask(string text, string? secret) =>
        string.IsNullOrEmpty(secret) ? text : text.Replace(secret, "***", StringComparison.Ordinal);

    public void Dispose() => Source.Dispose();
}
