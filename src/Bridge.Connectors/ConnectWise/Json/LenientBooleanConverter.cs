using System.Text.Json;

namespace Bridge.Connectors.ConnectWise.Json;

/// <summary>An optional flag: <c>true</c>/<c>false</c>, also as a string in any case; anything else reads as null.</summary>
internal sealed class LenientBooleanConverter : LenientValueConverter<bool>
{
    protected override bool TryParse(string text, out bool value) => bool.TryParse(text, out value);

    protected override bool TryReadNumber(ref Utf8JsonReader reader, out bool value)
    {
        value = false;
        return false;
    }

    protected override bool TryReadBoolean(bool token, out bool value)
    {
        value = token;
        return true;
    }

    protected override void WriteValue(Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);
}
