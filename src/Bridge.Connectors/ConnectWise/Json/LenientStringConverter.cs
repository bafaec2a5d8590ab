using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bridge.Connectors.ConnectWise.Json;

/// <summary>
/// For enum-like text fields (severity, record type, billable option…): any string is kept as it is, including
/// values the bridge does not know; a number or boolean is kept as its JSON text (<c>2</c> → <c>"2"</c>), so a
/// server that sends an enum as its number does not fail the record; an object or array reads as null.
/// </summary>
internal sealed class LenientStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return reader.TryGetDecimal(out var number) ? number.ToString(CultureInfo.InvariantCulture) : null;
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                JsonValueSkipper.Skip(ref reader);
                return null;
            default:
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
