using System.Globalization;

namespace Bridge.Sandbox.Data;

/// <summary>ConnectWise serialises every date as UTC <c>yyyy-MM-ddTHH:mm:ssZ</c>, without fractions.</summary>
internal static class CwDates
{
    public const string WireFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString(WireFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset TruncateToSeconds(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    /// <summary>Only the exact wire format (what the time entry API insists on).</summary>
    public static bool TryParseStrict(string? text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text, WireFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);

    /// <summary>Any ISO-like date; a value without an offset is taken as UTC.</summary>
    public static bool TryParseLenient(string? text, out DateTimeOffset value)
    {
        if (TryParseStrict(text, out value))
        {
            return true;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
    }
}
