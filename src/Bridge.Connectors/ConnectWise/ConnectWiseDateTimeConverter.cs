using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bridge.Connectors.ConnectWise;

/// <summary>
/// Writes instants the way ConnectWise demands, <c>yyyy-MM-ddTHH:mm:ssZ</c> (UTC, whole seconds:
/// ConnectWise rejects fractions and offsets on time entries), and reads any ISO 8601 instant. For a required
/// instant, text that is not a date is an error; optional instants (<c>DateTimeOffset?</c>, every model field) are
/// read leniently by <see cref="ConnectWiseJson.Options"/>, an odd value becoming null.
/// </summary>
public sealed class ConnectWiseDateTimeConverter : JsonConverter<DateTimeOffset>
{
    /// <summary>The exact wire format.</summary>
    public const string Format = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'";

    /// <summary>Formats an instant as ConnectWise expects it (fractions are truncated, not rounded).</summary>
    /// <param name="value">The instant.</param>
    /// <returns>For example <c>2026-01-02T03:04:05Z</c>.</returns>
    public static string ToWire(DateTimeOffset value) =>
        value.ToUniversalTime().ToString(Format, CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a date string, got {reader.TokenType}.");
        }

        var text = reader.GetString();
        if (TryParseWire(text, out var value))
        {
            return value;
        }

        throw new JsonException($"'{text}' is not an ISO 8601 date.");
    }

    /// <summary>Reads an instant as ConnectWise sends it: ISO 8601, fractions and offsets allowed, no offset meaning UTC.</summary>
    internal static bool TryParseWire(string? text, out DateTimeOffset value) =>
        // A value without offset is UTC on the ConnectWise wire; AssumeUniversal keeps it so.
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(ToWire(value));
}
