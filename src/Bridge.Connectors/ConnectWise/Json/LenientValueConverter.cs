using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bridge.Connectors.ConnectWise.Json;

/// <summary>
/// Reads an optional value from the ConnectWise wire so that one odd value costs only that field: a value of the
/// wrong kind or one that does not parse reads as null instead of failing the record, and with it the whole list
/// or reply it came in. Writes the value strictly.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal abstract class LenientValueConverter<T> : JsonConverter<T?>
    where T : struct
{
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                var text = reader.GetString();
                return !string.IsNullOrWhiteSpace(text) && TryParse(text.Trim(), out var parsed) ? parsed : null;
            case JsonTokenType.Number:
                return TryReadNumber(ref reader, out var number) ? number : null;
            case JsonTokenType.True or JsonTokenType.False:
                return TryReadBoolean(reader.TokenType == JsonTokenType.True, out var flag) ? flag : null;
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                JsonValueSkipper.Skip(ref reader);
                return null;
            default:
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
    {
        if (value is { } present)
        {
            WriteValue(writer, present);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    protected abstract bool TryParse(string text, out T value);

    protected abstract bool TryReadNumber(ref Utf8JsonReader reader, out T value);

    protected virtual bool TryReadBoolean(bool token, out T value)
    {
        value = default;
        return false;
    }

    protected abstract void WriteValue(Utf8JsonWriter writer, T value);
}
