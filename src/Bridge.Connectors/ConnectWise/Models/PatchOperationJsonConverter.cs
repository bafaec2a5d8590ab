using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bridge.Connectors.ConnectWise.Models;

/// <summary>
/// Writes a <see cref="PatchOperation"/> with its value serialized by runtime type, keeping an explicit
/// <c>null</c> for add/replace (the global "omit nulls" rule would otherwise drop it) and no value for remove.
/// </summary>
internal sealed class PatchOperationJsonConverter : JsonConverter<PatchOperation>
{
    public override PatchOperation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var doc = JsonDocument.ParseValue(ref reader);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("A patch operation must be a JSON object.");
        }

        string? op = null, path = null;
        object? value = null;
        foreach (var property in root.EnumerateObject())
        {
            if (property.NameEquals("op"))
            {
                op = property.Value.GetString();
            }
            else if (property.NameEquals("path"))
            {
                path = property.Value.GetString();
            }
            else if (property.NameEquals("value"))
            {
                value = property.Value.ValueKind == JsonValueKind.Null ? null : property.Value.Clone();
            }
        }

        if (op is null || path is null)
        {
            throw new JsonException("A patch operation needs 'op' and 'path'.");
        }

        return new PatchOperation(op, path, value);
    }

    public override void Write(Utf8JsonWriter writer, PatchOperation value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("op", value.Op);
        writer.WriteString("path", value.Path);
        if (!string.Equals(value.Op, "remove", StringComparison.OrdinalIgnoreCase))
        {
            writer.WritePropertyName("value");
            if (value.Value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                JsonSerializer.Serialize(writer, value.Value, value.Value.GetType(), options);
            }
        }

        writer.WriteEndObject();
    }
}
