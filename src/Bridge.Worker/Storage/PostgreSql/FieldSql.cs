using System.Globalization;
using LiteDB;

namespace Bridge.Worker.Storage.PostgreSql;

/// <summary>How a stored field is compared in SQL: text (case folded, as LiteDB's collation), a name, a number…</summary>
internal enum FieldKind
{
    Text,
    Name,
    Boolean,
    Number,
    Int64,
    Decimal,
    Instant,
    Guid,
}

/// <summary>
/// One field of a stored document as a SQL expression over its <c>doc</c> column, typed from the member it maps. The
/// documents are LiteDB's own (its extended JSON: <c>{"$date": …}</c>, <c>{"$numberLong": …}</c>), so the same
/// expression reads a document whether the bridge wrote it or <c>storage copy</c> brought it from a LiteDB file. An
/// index made with <see cref="Sql"/> is the one a query on the field uses.
/// </summary>
internal sealed record FieldSql(string Sql, FieldKind Kind, bool IsId)
{
    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>The field at <paramref name="path"/> (stored names, outermost first) whose CLR type is <paramref name="type"/>.</summary>
    public static FieldSql? For(IReadOnlyList<string> path, Type type, FieldKind? idKind = null)
    {
        if (path.Count == 1 && path[0] == "_id")
        {
            return new FieldSql("id", idKind ?? KindOf(type) ?? FieldKind.Text, IsId: true);
        }

        var kind = KindOf(type);
        if (kind is null)
        {
            return null;
        }

        var json = "doc";
        for (var i = 0; i < path.Count - 1; i++)
        {
            json += $"->{Literal(path[i])}";
        }

        var last = Literal(path[^1]);
        var sql = kind switch
        {
            FieldKind.Text => $"lower({json}->>{last})",
            FieldKind.Name => $"({json}->>{last})",
            FieldKind.Boolean => $"(({json}->>{last})::boolean)",
            FieldKind.Number => $"(({json}->>{last})::numeric)",
            FieldKind.Int64 => $"(({json}->{last}->>'$numberLong')::bigint)",
            FieldKind.Decimal => $"(({json}->{last}->>'$numberDecimal')::numeric)",
            FieldKind.Instant => $"(({json}->{last}->>'$date') COLLATE \"C\")",
            FieldKind.Guid => $"({json}->{last}->>'$guid')",
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        };
        return new FieldSql(sql, kind.Value, IsId: false);
    }

    /// <summary>The field named <paramref name="field"/> in documents of <paramref name="documentType"/>, for a <see cref="DocumentFilter"/>.</summary>
    public static FieldSql? ForStoredName(Type documentType, string field, FieldKind idKind)
    {
        if (field == "_id")
        {
            return new FieldSql("id", idKind, IsId: true);
        }

        var member = documentType == typeof(BsonDocument) ? null : DocumentShape.MemberStoredAs(documentType, field);
        return member is null ? null : For([field], member.PropertyType);
    }

    public static FieldKind? KindOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            return FieldKind.Name;
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.String or TypeCode.Char => FieldKind.Text,
            TypeCode.Boolean => FieldKind.Boolean,
            TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32
                or TypeCode.Double or TypeCode.Single => FieldKind.Number,
            TypeCode.Int64 or TypeCode.UInt64 => FieldKind.Int64,
            TypeCode.Decimal => FieldKind.Decimal,
            TypeCode.DateTime => FieldKind.Instant,
            _ when type == typeof(DateTimeOffset) => FieldKind.Instant,
            _ when type == typeof(TimeSpan) => FieldKind.Int64,
            _ when type == typeof(Guid) => FieldKind.Guid,
            _ => null,
        };
    }

    /// <summary>A CLR value as the parameter the field compares against (null stays null).</summary>
    public object? Parameter(object? value)
    {
        if (value is null)
        {
            return null;
        }

        if (IsId)
        {
            return Kind is FieldKind.Number or FieldKind.Int64 ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : Convert.ToString(value, CultureInfo.InvariantCulture);
        }

        return Kind switch
        {
            FieldKind.Text => Convert.ToString(value, CultureInfo.InvariantCulture)!.ToLowerInvariant(),
            FieldKind.Name => value.ToString(),
            FieldKind.Boolean => Convert.ToBoolean(value, CultureInfo.InvariantCulture),
            FieldKind.Number or FieldKind.Decimal => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
            FieldKind.Int64 => value is TimeSpan span ? span.Ticks : Convert.ToInt64(value, CultureInfo.InvariantCulture),
            FieldKind.Instant => value switch
            {
                DateTimeOffset instant => instant.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture),
                DateTime time => time.ToUniversalTime().ToString(InstantFormat, CultureInfo.InvariantCulture),
                _ => throw new ArgumentException($"{value.GetType().Name} is not an instant.", nameof(value)),
            },
            FieldKind.Guid => value.ToString(),
            _ => throw new ArgumentOutOfRangeException(nameof(value)),
        };
    }

    /// <summary>A <see cref="BsonValue"/> (from a <see cref="DocumentFilter"/>) as the parameter.</summary>
    public object? Parameter(BsonValue value) => value.IsNull ? null : Parameter(value.IsDateTime ? value.AsDateTime : value.RawValue);

    private static string Literal(string name) => "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'";
}
