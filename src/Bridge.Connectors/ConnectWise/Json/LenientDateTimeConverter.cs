using System.Text.Json;

namespace Bridge.Connectors.ConnectWise.Json;

/// <summary>
/// An optional instant: any ISO 8601 text (fractions and offsets included) is read as UTC; an empty string, text
/// that is not a date, a number or an object read as null. Written as <c>yyyy-MM-ddTHH:mm:ssZ</c>, as ConnectWise demands.
/// </summary>
internal sealed class LenientDateTimeConverter : LenientValueConverter<DateTimeOffset>
{
    protected override bool TryParse(string text, out DateTimeOffset value) =>
        ConnectWiseDateTimeConverter.TryParseWire(text, out value);

    protected override bool TryReadNumber(ref Utf8JsonReader reader, out DateTimeOffset value)
    {
        value = default;
        return false;
    }

    protected override void WriteValue(Utf8JsonWriter writer, DateTimeOffset value) =>
        writer.WriteStringValue(ConnectWiseDateTimeConverter.ToWire(value));
}
