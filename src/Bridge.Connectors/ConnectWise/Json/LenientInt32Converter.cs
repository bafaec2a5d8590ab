using System.Globalization;
using System.Text.Json;

namespace Bridge.Connectors.ConnectWise.Json;

/// <summary>An optional whole number: a number or a numeric string (<c>"5"</c>, <c>"5.0"</c>); anything else reads as null.</summary>
internal sealed class LenientInt32Converter : LenientValueConverter<int>
{
    protected override bool TryParse(string text, out int value)
    {
        value = 0;
        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && TryWhole(number, out value);
    }

    protected override bool TryReadNumber(ref Utf8JsonReader reader, out int value)
    {
        if (reader.TryGetInt32(out value))
        {
            return true;
        }

        return reader.TryGetDecimal(out var number) && TryWhole(number, out value);
    }

    protected override void WriteValue(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);

    private static bool TryWhole(decimal number, out int value)
    {
        var whole = number == decimal.Truncate(number) && number is >= int.MinValue and <= int.MaxValue;
        value = whole ? (int)number : 0;
        return whole;
    }
}
