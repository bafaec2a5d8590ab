using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using LiteDB;
using Npgsql;

namespace Bridge.Worker.Storage.PostgreSql;

/// <summary>
/// The bridge's documents in PostgreSQL: one table per collection (<c>id</c>, <c>doc jsonb</c>), named
/// <c>bridge_&lt;store&gt;_&lt;collection&gt;</c>, listed in <c>bridge_collections</c>. Every write is one transaction
/// that first takes this store's transaction-level advisory lock, so writes are serialised across every instance on
/// the database exactly as LiteDB serialises them in one process: a read-then-write inside a write sees no other
/// instance's write in between, and ids handed out inside one commit in order. The callback inbox is a store of its
/// own (its own lock), as it is a file of its own under LiteDB.
/// </summary>
internal sealed partial class PostgresEngine : IStorageEngine
{
    private readonly NpgsqlDataSource _source;
    private readonly bool _ownsSource;
    private readonly string _store;
    private readonly long _lockKey;
    private readonly object _writeLock = new();
    private readonly ThreadLocal<Session?> _current = new();
    private readonly ConcurrentDictionary<string, Table> _tables = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _indexes = new(StringComparer.Ordinal);
    private readonly Action? _check;
    private volatile bool _open;

    /// <param name="source">The connection pool (shared by the stores on the same database).</param>
    /// <param name="store">The store's name in table names (<c>main</c>, <c>inbox</c>).</param>
    /// <param name="describe">Where it is, for people (host, port, database, user: no password).</param>
    /// <param name="check">Tries the connection first, to fail with a message naming the setting.</param>
    /// <param name="fence">Checked inside every write before it runs (the lease of the module writing); throws to refuse the write.</param>
    public PostgresEngine(NpgsqlDataSource source, string store, string describe, Action? check = null, Action<NpgsqlConnection, NpgsqlTransaction>? fence = null, bool ownsSource = false)
    {
        _check = check;
        if (!NamePattern().IsMatch(store))
        {
            throw new ArgumentException($"Store name '{store}' must be lower-case letters, digits and underscores.", nameof(store));
        }

        _source = source;
        _ownsSource = ownsSource;
        _store = store;
        Describe = describe;
        Fence = fence;
        // One advisory lock per store; the high half marks it as the bridge's.
        _lockKey = (0x4272_6964L << 32) | (uint)StableHash(store);
    }

    public BsonMapper Mapper { get; } = BridgeBsonMapper.Create();

    public string Describe { get; }

    public bool IsOpen => _open;

    /// <summary>The channel a request's commit is announced on (payload: the store's name).</summary>
    public const string WakeChannel = "bridge_wake";

    /// <summary>Announce a request's commits on <see cref="WakeChannel"/> (several instances).</summary>
    public bool WakeOthers { get; init; }

    /// <summary>Set once at start (the lease fence), read inside every write.</summary>
    public Action<NpgsqlConnection, NpgsqlTransaction>? Fence { get; set; }

    public void EnsureOpen()
    {
        if (_open)
        {
            return;
        }

        _check?.Invoke();
        using var connection = _source.OpenConnection();
        PostgresSchema.Migrate(connection);
        _open = true;
    }

    public IDocuments<T> Collection<T>(string name) => new PostgresDocuments<T>(this, TableFor<T>(name));

    /// <summary>The collection as raw documents (a copy between engines); its id type is given when it is made here.</summary>
    public PostgresDocuments<BsonDocument> RawCollection(string name, BsonType idType) =>
        new(this, TableFor(name, idType is BsonType.Int32 or BsonType.Int64 ? FieldKind.Int64 : FieldKind.Text));

    public bool HasCollection(string name) => Read(connection =>
    {
        using var command = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM bridge_collections WHERE store = $1 AND name = $2)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = _store });
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        return (bool)command.ExecuteScalar()!;
    });

    public IReadOnlyList<string> CollectionNames() => Read(connection =>
    {
        using var command = new NpgsqlCommand("SELECT name FROM bridge_collections WHERE store = $1 ORDER BY name", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = _store });
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    });

    public void DropCollection(string name) => Write(() =>
    {
        var table = TableName(name);
        Execute($"DROP TABLE IF EXISTS {table}");
        Execute("DELETE FROM bridge_collections WHERE store = $1 AND name = $2", _store, name);
        _tables.TryRemove(name, out _);
        foreach (var key in _indexes.Keys.Where(k => k.StartsWith(name + "/", StringComparison.Ordinal)))
        {
            _indexes.TryRemove(key, out _);
        }

        return true;
    }, forceToDisk: true);

    /// <summary>
    /// One transaction under the store's advisory lock (a write inside a write joins it). The lease fence runs first:
    /// an instance whose lease has passed to another cannot commit a module's write, however late it wakes up.
    /// </summary>
    public T Write<T>(Func<T> write, bool forceToDisk)
    {
        if (_current.Value is not null)
        {
            return write();
        }

        lock (_writeLock)
        {
            using var connection = _source.OpenConnection();
            using var transaction = connection.BeginTransaction();
            var session = new Session(connection, transaction);
            _current.Value = session;
            try
            {
                Execute("SELECT pg_advisory_xact_lock($1)", _lockKey);
                if (!forceToDisk)
                {
                    Execute("SET LOCAL synchronous_commit = off");
                }

                Fence?.Invoke(connection, transaction);
                var result = write();
                if (WakeOthers && !Leases.EngineLease.InModule)
                {
                    // Work stored by a request (a callback, an acknowledgement) on any instance wakes the lease
                    // holder's modules at the commit, rather than at their next sweep.
                    Execute("SELECT pg_notify($1, $2)", WakeChannel, _store);
                }

                transaction.Commit();
                return result;
            }
            catch
            {
                try
                {
                    transaction.Rollback();
                }
                catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
                {
                    // Committed already (the commit itself failed), or the connection is gone: the server rolls back.
                }

                throw;
            }
            finally
            {
                _current.Value = null;
            }
        }
    }

    /// <summary>Runs a read on the caller's write when there is one, otherwise on a connection from the pool.</summary>
    internal TResult Read<TResult>(Func<NpgsqlConnection, TResult> read)
    {
        if (_current.Value is { } session)
        {
            return read(session.Connection);
        }

        using var connection = _source.OpenConnection();
        return read(connection);
    }

    /// <summary>Runs a change: inside the caller's write, or as a write of its own.</summary>
    internal TResult Change<TResult>(Func<NpgsqlConnection, TResult> change) =>
        _current.Value is { } session ? change(session.Connection) : Write(() => change(_current.Value!.Connection), forceToDisk: true);

    internal void Execute(string sql, params object?[] values)
    {
        var session = _current.Value ?? throw new InvalidOperationException("Statements run inside a write.");
        using var command = Command(session.Connection, sql, values);
        command.ExecuteNonQuery();
    }

    internal static NpgsqlCommand Command(NpgsqlConnection connection, string sql, IEnumerable<object?> values)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        return command;
    }

    /// <summary>Makes the index once per process (inside the write lock: DDL from two instances would race).</summary>
    internal void EnsureIndex(Table table, FieldSql field, bool unique)
    {
        var key = $"{table.Collection}/{field.Sql}/{unique}";
        if (field.IsId || _indexes.ContainsKey(key))
        {
            return;
        }

        var name = Identifier($"ix_{_store}_{table.Collection}_{(unique ? "u" : "")}{StableHash(field.Sql):x8}");
        Change(_ =>
        {
            Execute($"CREATE {(unique ? "UNIQUE " : "")}INDEX IF NOT EXISTS {name} ON {table.Name} (({field.Sql}))");
            return true;
        });
        _indexes[key] = true;
    }

    private Table TableFor<T>(string name)
    {
        if (_tables.TryGetValue(name, out var known))
        {
            return known;
        }

        var id = typeof(T) == typeof(BsonDocument) ? null : DocumentShape.IdMember(typeof(T));
        var kind = id is not null && FieldSql.KindOf(id.PropertyType) is FieldKind.Number or FieldKind.Int64 ? FieldKind.Int64 : FieldKind.Text;
        return TableFor(name, kind);
    }

    private Table TableFor(string name, FieldKind idKind)
    {
        if (_tables.TryGetValue(name, out var known))
        {
            return known;
        }

        if (!NamePattern().IsMatch(name))
        {
            throw new ArgumentException($"Collection name '{name}' must be lower-case letters, digits and underscores.", nameof(name));
        }

        var table = new Table(name, TableName(name), idKind);
        Change(_ =>
        {
            // The registry says what the id is; a table made earlier (by a copy, say) keeps the type it was made with.
            using var existing = Command(_current.Value!.Connection, "SELECT id_type FROM bridge_collections WHERE store = $1 AND name = $2", [_store, name]);
            if (existing.ExecuteScalar() is string made)
            {
                table = table with { IdKind = made == "bigint" ? FieldKind.Int64 : FieldKind.Text };
                return true;
            }

            var type = idKind == FieldKind.Int64 ? "bigint" : "text";
            // Text ids compare without case, as LiteDB's do (a cursor named "Routing" is the one named "routing").
            Execute($"CREATE TABLE IF NOT EXISTS {table.Name} (id {(type == "text" ? "text COLLATE bridge_ci" : type)} PRIMARY KEY, doc jsonb NOT NULL)");
            Execute("INSERT INTO bridge_collections (store, name, id_type) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING", _store, name, type);
            return true;
        });
        return _tables.GetOrAdd(name, table);
    }

    private string TableName(string collection) => Identifier($"bridge_{_store}_{collection}");

    /// <summary>A quoted identifier within PostgreSQL's 63 bytes (a long one keeps a hash of the whole).</summary>
    private static string Identifier(string name) =>
        "\"" + (name.Length <= 63 ? name : name[..54] + "_" + StableHash(name).ToString("x8", System.Globalization.CultureInfo.InvariantCulture)) + "\"";

    private static int StableHash(string text)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }

    public void Dispose()
    {
        _current.Dispose();
        if (_ownsSource)
        {
            _source.Dispose();
        }
    }

    [GeneratedRegex("^[a-z0-9_]+$")]
    private static partial Regex NamePattern();

    internal sealed record Table(string Collection, string Name, FieldKind IdKind);

    private sealed record Session(NpgsqlConnection Connection, NpgsqlTransaction Transaction);
}
