using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bridge.Sandbox.Data;

/// <summary>Tolerant readers for <see cref="JsonNode"/> values, whether built in code or parsed.</summary>
internal static class JsonValues
{
    public static bool TryGetDecimal(JsonNode? node, out decimal value)
    {
        value = 0;
        if (node is not JsonValue v || v.GetValueKind() != JsonValueKind.Number)
        {
            return false;
        }

        if (v.TryGetValue(out int i))
        {
            value = i;
            return true;
        }

        if (v.TryGetValue(out decimal d))
        {
            value = d;
            return true;
        }

        if (v.TryGetValue(out long l))
        {
            value = l;
            return true;
        }

        if (v.TryGetValue(out double db) && !double.IsNaN(db) && !double.IsInfinity(db))
        {
            value = (decimal)db;
            return true;
        }

        return false;
    }

    public static int? GetInt(JsonNode? node) =>
        TryGetDecimal(node, out var d) && d == decimal.Truncate(d) && d is >= int.MinValue and <= int.MaxValue
            ? (int)d
            : null;

    public static string? GetString(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    public static bool? GetBool(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? v.GetValue<bool>() : null;

    /// <summary>A scalar as text, the way SQL would compare it (numbers and booleans included).</summary>
    public static string? AsText(JsonNode? node)
    {
        if (node is not JsonValue v)
        {
            return null;
        }

        return v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>(),
            JsonValueKind.Number => TryGetDecimal(v, out var d) ? d.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
    }

    public static JsonNode? Navigate(JsonObject entity, string[] segments)
    {
        JsonNode? node = entity;
        foreach (var segment in segments)
        {
            if (node is not JsonObject obj || !obj.TryGetPropertyValue(segment, out node))
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>A short, human readable rendering of a value for error messages.</summary>
    public static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => node.ToJsonString(),
    };
}
