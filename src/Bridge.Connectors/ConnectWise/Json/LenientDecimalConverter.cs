using System.Globalization;
using System.Text.Json;

namespace Bridge.Connectors.ConnectWise.Json;

/// <summary>An optional decimal (hours, rates): a number or a numeric string in invariant culture; anything else reads as null.</summary>
internal sealed class LenientDecimalConverter : LenientValueConverter<decimal>
{
    protected override bool TryParse(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    protected override bool TryReadNumber(ref Utf8JsonReader reader, out decimal value) => reader.TryGetDecimal(out value);

    protected override void WriteValue(Utf8JsonWriter writer, decimal value) => writer.WriteNumberValue(value);
}
