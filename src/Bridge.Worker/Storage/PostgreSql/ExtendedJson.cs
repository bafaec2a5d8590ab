using System.Globalization;
using System.Text;
using System.Text.Json;
using LiteDB;

namespace Bridge.Worker.Storage.PostgreSql;

/// <summary>
/// A document as LiteDB's extended JSON (what <see cref="LiteDB.JsonSerializer"/> reads back), written here because
/// LiteDB's own writer keeps only nine decimals of a double: <c>$numberLong</c>, <c>$numberDecimal</c>, <c>$date</c>
/// (UTC, cut to the millisecond, seven decimals, so that instants compare as text), <c>$guid</c>, <c>$oid</c>, <c>$binary</c>, and doubles
/// written to round-trip.
/// </summary>
internal static class ExtendedJson
{
    public static string Write(BsonDocument document)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Write(writer, document);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, BsonValue value)
    {
        switch (value.Type)
        {
            case BsonType.Null:
                writer.WriteNullValue();
                break;
            case BsonType.Int32:
                writer.WriteNumberValue(value.AsInt32);
                break;
            case BsonType.Int64:
                Extended(writer, "$numberLong", value.AsInt64.ToString(CultureInfo.InvariantCulture));
                break;
            case BsonType.Double:
                var number = value.AsDouble;
                if (!double.IsFinite(number))
                {
                    throw new ArgumentException($"A stored double must be finite, not {number}.", nameof(value));
                }

                var text = number.ToString("R", CultureInfo.InvariantCulture);
                // LiteDB reads a number without a point or an exponent as an integer.
                writer.WriteRawValue(text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0");
                break;
            case BsonType.Decimal:
                Extended(writer, "$numberDecimal", value.AsDecimal.ToString(CultureInfo.InvariantCulture));
                break;
            case BsonType.String:
                writer.WriteStringValue(value.AsString);
                break;
            case BsonType.Boolean:
                writer.WriteBooleanValue(value.AsBoolean);
                break;
            case BsonType.DateTime:
                // Cut to the millisecond, as LiteDB keeps instants: a document reads back the same from either engine.
                var utc = value.AsDateTime.ToUniversalTime();
                var kept = new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
                Extended(writer, "$date", kept.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
                break;
            case BsonType.Guid:
                Extended(writer, "$guid", value.AsGuid.ToString());
                break;
            case BsonType.ObjectId:
                Extended(writer, "$oid", value.AsObjectId.ToString());
                break;
            case BsonType.Binary:
                Extended(writer, "$binary", Convert.ToBase64String(value.AsBinary));
                break;
            case BsonType.MinValue:
                Extended(writer, "$minValue", "1");
                break;
            case BsonType.MaxValue:
                Extended(writer, "$maxValue", "1");
                break;
            case BsonType.Array:
                writer.WriteStartArray();
                foreach (var item in value.AsArray)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case BsonType.Document:
                writer.WriteStartObject();
                foreach (var (key, item) in value.AsDocument)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value.Type, "A BSON type with no JSON form.");
        }
    }

    private static void Extended(Utf8JsonWriter writer, string name, string text)
    {
        writer.WriteStartObject();
        writer.WriteString(name, text);
        writer.WriteEndObject();
    }
}
