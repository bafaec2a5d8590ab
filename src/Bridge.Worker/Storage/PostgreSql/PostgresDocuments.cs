using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using LiteDB;
using Npgsql;
using NpgsqlTypes;

namespace Bridge.Worker.Storage.PostgreSql;

/// <summary>
/// One collection's table. Documents are mapped by the same <see cref="BsonMapper"/> as under LiteDB and stored as
/// LiteDB's extended JSON in <c>doc</c>, with the id beside it in <c>id</c>; predicates become SQL where they can
/// (<see cref="SqlTranslator"/>) and are applied in memory where they cannot.
/// </summary>
internal sealed class PostgresDocuments<T>(PostgresEngine engine, PostgresEngine.Table table) : IDocuments<T>
{
    private static readonly bool IsRaw = typeof(T) == typeof(BsonDocument);
    private readonly BsonMapper _mapper = engine.Mapper;

    internal PostgresEngine.Table Table => table;

    public T? FindById(BsonValue id) => Select($"SELECT doc::text FROM {table.Name} WHERE id = $1", [IdParameter(id)]).FirstOrDefault();

    public IEnumerable<T> Find(Expression<Func<T, bool>> predicate) => Run(new Plan { Wheres = { predicate } });

    public IEnumerable<T> Find(DocumentFilter filter)
    {
        var values = new List<object?>();
        var condition = Filter(filter, values);
        return Select($"SELECT doc::text FROM {table.Name} WHERE {condition} ORDER BY id", values);
    }

    public T? FindOne(Expression<Func<T, bool>> predicate) => Run(new Plan { Wheres = { predicate }, Take = 1 }).FirstOrDefault();

    public IEnumerable<T> FindAll() => Run(new Plan());

    public IDocumentQuery<T> Query() => new PostgresQuery<T>(this, new Plan());

    public BsonValue Insert(T document)
    {
        Insert([document]);
        return ToDocument(document)["_id"];
    }

    public int Insert(IEnumerable<T> documents)
    {
        var list = documents.ToList();
        if (list.Count == 0)
        {
            return 0;
        }

        return engine.Change(connection =>
        {
            var ids = new IdSequence(() => NextId(connection));
            using var batch = new NpgsqlBatch(connection);
            foreach (var document in list)
            {
                var bson = Numbered(document, ToDocument(document), ids);
                batch.BatchCommands.Add(Row($"INSERT INTO {table.Name} (id, doc) VALUES ($1, $2)", bson));
            }

            batch.ExecuteNonQuery();
            return list.Count;
        });
    }

    public bool Update(T document) => Update([document]) == 1;

    public int Update(IEnumerable<T> documents)
    {
        var list = documents.ToList();
        if (list.Count == 0)
        {
            return 0;
        }

        return engine.Change(connection =>
        {
            var changed = 0;
            foreach (var chunk in list.Chunk(500))
            {
                using var batch = new NpgsqlBatch(connection);
                foreach (var document in chunk)
                {
                    batch.BatchCommands.Add(Row($"UPDATE {table.Name} SET doc = $2 WHERE id = $1", ToDocument(document)));
                }

                changed += batch.ExecuteNonQuery();
            }

            return changed;
        });
    }

    public bool Upsert(T document) => Upsert([document]) == 1;

    /// <summary>Inserts or replaces each document; returns how many were inserted (as LiteDB counts).</summary>
    public int Upsert(IEnumerable<T> documents)
    {
        var list = documents.ToList();
        return engine.Change(connection =>
        {
            var inserted = 0;
            var ids = new IdSequence(() => NextId(connection));
            foreach (var document in list)
            {
                var bson = Numbered(document, ToDocument(document), ids);
                using var command = new NpgsqlCommand(
                    $"INSERT INTO {table.Name} (id, doc) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc RETURNING (xmax = 0)", connection);
                command.Parameters.AddRange(Parameters(bson));

                inserted += (bool)command.ExecuteScalar()! ? 1 : 0;
            }

            return inserted;
        });
    }

    public bool Delete(BsonValue id) =>
        engine.Change(connection =>
        {
            using var command = PostgresEngine.Command(connection, $"DELETE FROM {table.Name} WHERE id = $1", [IdParameter(id)]);
            return command.ExecuteNonQuery() == 1;
        });

    public int DeleteMany(Expression<Func<T, bool>> predicate)
    {
        var values = new List<object?>();
        var condition = new SqlTranslator(table.IdKind, values).Condition(predicate);
        if (condition is not null)
        {
            return engine.Change(connection =>
            {
                using var command = PostgresEngine.Command(connection, $"DELETE FROM {table.Name} WHERE {condition}", values);
                return command.ExecuteNonQuery();
            });
        }

        return engine.Change(_ =>
        {
            var ids = Run(new Plan { Wheres = { predicate } }).Select(d => ToDocument(d)["_id"]).ToList();
            return ids.Sum(id => Delete(id) ? 1 : 0);
        });
    }

    public int Count() => Scalar<long>($"SELECT count(*) FROM {table.Name}", []) is var n ? (int)n : 0;

    public int Count(Expression<Func<T, bool>> predicate) => Count(new Plan { Wheres = { predicate } });

    public int Count(DocumentFilter filter)
    {
        var values = new List<object?>();
        var condition = Filter(filter, values);
        return (int)Scalar<long>($"SELECT count(*) FROM {table.Name} WHERE {condition}", values);
    }

    public bool Exists(Expression<Func<T, bool>> predicate) => Exists(new Plan { Wheres = { predicate } });

    public bool Exists(DocumentFilter filter)
    {
        var values = new List<object?>();
        var condition = Filter(filter, values);
        return Scalar<bool>($"SELECT EXISTS (SELECT 1 FROM {table.Name} WHERE {condition})", values);
    }

    public bool EnsureIndex<TKey>(Expression<Func<T, TKey>> field, bool unique = false)
    {
        var key = new SqlTranslator(table.IdKind, []).Key(field)
            ?? throw new ArgumentException($"An index needs a stored field of a simple type; {field} is not one.", nameof(field));
        engine.EnsureIndex(table, key, unique);
        return true;
    }

    internal int Count(Plan plan)
    {
        var sql = Translate(plan, "count(*)", ordered: false, out var values, out var rest);
        return rest is null ? (int)Scalar<long>(sql, values) : Run(plan).Count;
    }

    internal bool Exists(Plan plan)
    {
        var sql = Translate(plan, "1", ordered: false, out var values, out var rest);
        return rest is null ? Scalar<bool>($"SELECT EXISTS ({sql})", values) : Run(plan).Count > 0;
    }

    /// <summary>The plan's documents: filtered, ordered and windowed in SQL, or in memory for what SQL could not say.</summary>
    internal List<T> Run(Plan plan)
    {
        var sql = Translate(plan, "doc::text", ordered: true, out var values, out var rest);
        var documents = Select(sql, values);
        if (rest is null)
        {
            return documents;
        }

        IEnumerable<T> result = documents.Where(d => rest.Filters.All(f => f(d)));
        if (rest.OrderInMemory && plan.Orders.Count > 0)
        {
            IOrderedEnumerable<T>? ordered = null;
            foreach (var (key, descending) in plan.Orders)
            {
                var compiled = key.Compile();
                Func<T, object?> select = d => compiled.DynamicInvoke(d);
                ordered = ordered is null
                    ? descending ? result.OrderByDescending(select, NullsFirst.Instance) : result.OrderBy(select, NullsFirst.Instance)
                    : descending ? ordered.ThenByDescending(select, NullsFirst.Instance) : ordered.ThenBy(select, NullsFirst.Instance);
            }

            result = ordered!;
        }

        result = result.Skip(plan.Skip);
        return (plan.Take is { } take ? result.Take(take) : result).ToList();
    }

    private string Translate(Plan plan, string what, bool ordered, out List<object?> values, out InMemory? rest)
    {
        values = [];
        var translator = new SqlTranslator(table.IdKind, values);
        var conditions = new List<string>();
        var filters = new List<Func<T, bool>>();
        foreach (var where in plan.Wheres)
        {
            if (translator.Condition(where) is { } condition)
            {
                conditions.Add(condition);
            }
            else
            {
                filters.Add(where.Compile());
            }
        }

        var orders = new List<string>();
        var orderInMemory = false;
        foreach (var (key, descending) in plan.Orders)
        {
            if (translator.Key(key) is { } field)
            {
                orders.Add(descending ? $"{field.Sql} DESC NULLS LAST" : $"{field.Sql} ASC NULLS FIRST");
            }
            else
            {
                orderInMemory = true;
            }
        }

        rest = filters.Count > 0 || orderInMemory ? new InMemory(filters, orderInMemory) : null;
        var sql = new StringBuilder($"SELECT {what} FROM {table.Name}");
        if (conditions.Count > 0)
        {
            sql.Append(" WHERE ").Append(string.Join(" AND ", conditions));
        }

        if (ordered)
        {
            sql.Append(" ORDER BY ").Append(orderInMemory || orders.Count == 0 ? "id" : string.Join(", ", orders) + ", id");
            if (rest is null)
            {
                if (plan.Take is { } take)
                {
                    sql.Append(CultureInfo.InvariantCulture, $" LIMIT {take}");
                }

                if (plan.Skip > 0)
                {
                    sql.Append(CultureInfo.InvariantCulture, $" OFFSET {plan.Skip}");
                }
            }
        }

        return sql.ToString();
    }

    private string Filter(DocumentFilter filter, List<object?> values)
    {
        switch (filter)
        {
            case DocumentFilter.FieldFilter field:
                var sql = FieldSql.ForStoredName(typeof(T), field.Field, table.IdKind)
                    ?? throw new ArgumentException($"Collection {table.Collection} has no stored field {field.Field} of a simple type.", nameof(filter));
                values.Add(sql.Parameter(field.Value));
                var parameter = sql.Kind == FieldKind.Text ? $"lower(${values.Count})" : $"${values.Count}";
                return field.Operator == DocumentFilter.FilterOperator.Equal ? $"({sql.Sql} = {parameter})" : $"({sql.Sql} >= {parameter})";
            case DocumentFilter.AndFilter and:
                return $"({Filter(and.Left, values)} AND {Filter(and.Right, values)})";
            default:
                throw new ArgumentOutOfRangeException(nameof(filter), filter, "Unknown document filter.");
        }
    }

    private List<T> Select(string sql, List<object?> values) => engine.Read(connection =>
    {
        using var command = PostgresEngine.Command(connection, sql, values);
        using var reader = command.ExecuteReader();
        var documents = new List<T>();
        while (reader.Read())
        {
            documents.Add(FromJson(reader.GetString(0)));
        }

        return documents;
    });

    private TValue Scalar<TValue>(string sql, List<object?> values) => engine.Read(connection =>
    {
        using var command = PostgresEngine.Command(connection, sql, values);
        return (TValue)command.ExecuteScalar()!;
    });

    private long NextId(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand($"SELECT COALESCE(MAX(id), 0) + 1 FROM {table.Name}", connection);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>The document with its id: one left at zero is given the next of <paramref name="ids"/>, one given is noted in it.</summary>
    private BsonDocument Numbered(T document, BsonDocument bson, IdSequence ids)
    {
        if (NeedsId(bson))
        {
            return AssignId(document, bson, ids.Next());
        }

        if (table.IdKind == FieldKind.Int64 && bson.TryGetValue("_id", out var given) && given.IsNumber)
        {
            ids.Given(given.AsInt64);
        }

        return bson;
    }

    private bool NeedsId(BsonDocument bson) =>
        table.IdKind == FieldKind.Int64 && (!bson.TryGetValue("_id", out var id) || id.IsNull || (id.IsNumber && id.AsInt64 == 0));

    /// <summary>Gives the document its id (on the object too, as LiteDB does) and returns it mapped again.</summary>
    private BsonDocument AssignId(T document, BsonDocument bson, long id)
    {
        if (IsRaw)
        {
            bson["_id"] = id;
            return bson;
        }

        var member = DocumentShape.IdMember(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} has no id member to number.");
        var type = Nullable.GetUnderlyingType(member.PropertyType) ?? member.PropertyType;
        member.SetValue(document, type == typeof(int) ? checked((int)id) : (object)id);
        return ToDocument(document);
    }

    private NpgsqlBatchCommand Row(string sql, BsonDocument bson)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(Parameters(bson));
        return command;
    }

    private NpgsqlParameter[] Parameters(BsonDocument bson) =>
    [
        new NpgsqlParameter { Value = IdParameter(bson["_id"]) },
        new NpgsqlParameter { Value = ExtendedJson.Write(bson), NpgsqlDbType = NpgsqlDbType.Jsonb },
    ];

    private object IdParameter(BsonValue id)
    {
        if (id is null || id.IsNull)
        {
            throw new ArgumentException($"A document of {table.Collection} has no id.", nameof(id));
        }

        return table.IdKind == FieldKind.Int64
            ? id.AsInt64
            : id.IsString ? id.AsString : id.ToString();
    }

    private BsonDocument ToDocument(T document) => IsRaw ? (BsonDocument)(object)document! : _mapper.ToDocument(document);

    private T FromJson(string json)
    {
        var bson = LiteDB.JsonSerializer.Deserialize(json).AsDocument;
        return IsRaw ? (T)(object)bson : _mapper.ToObject<T>(bson);
    }

    /// <summary>What a query is: filters, an order and a window.</summary>
    internal sealed class Plan
    {
        public List<Expression<Func<T, bool>>> Wheres { get; init; } = [];

        public List<(LambdaExpression Key, bool Descending)> Orders { get; init; } = [];

        public int Skip { get; set; }

        public int? Take { get; set; }

        public Plan With(Action<Plan> change)
        {
            var copy = new Plan { Wheres = [.. Wheres], Orders = [.. Orders], Skip = Skip, Take = Take };
            change(copy);
            return copy;
        }
    }

    /// <summary>
    /// The ids of one insert: the table's highest plus one, then on from there, and past any id the same insert gives
    /// itself (as LiteDB's sequence goes on past a given id), so a zero id never takes one given earlier in the batch.
    /// </summary>
    private sealed class IdSequence(Func<long> tableNext)
    {
        private long? _next;
        private long _highestGiven;

        public long Next()
        {
            var id = Math.Max(_next ?? tableNext(), _highestGiven + 1);
            _next = id + 1;
            return id;
        }

        public void Given(long id) => _highestGiven = Math.Max(_highestGiven, id);
    }

    private sealed record InMemory(List<Func<T, bool>> Filters, bool OrderInMemory);

    private sealed class NullsFirst : IComparer<object?>
    {
        public static readonly NullsFirst Instance = new();

        public int Compare(object? x, object? y) => Comparer<object?>.Default.Compare(x, y);
    }
}
