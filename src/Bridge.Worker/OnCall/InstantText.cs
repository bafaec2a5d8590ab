using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Bridge.Worker.OnCall;

/// <summary>
/// Reads an instant typed by a person: with an offset or Z it is exact ("2025-03-10T08:00-04:00");
/// without one it is the schedule's wall clock ("2025-03-10 08:00"), resolved with the DST policy of
/// <see cref="WallClock"/>.
/// </summary>
internal static partial class InstantText
{
    private static readonly string[] LocalFormats = ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"];

    public static bool TryParse(string? text, DateTimeZone zone, out DateTimeOffset instant)
    {
        instant = default;
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
        {
            return false;
        }

        if (HasOffset().IsMatch(value))
        {
            return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
        }

        if (!DateTime.TryParseExact(value, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        instant = WallClock.ToInstant(LocalDateTime.FromDateTime(local), zone).ToDateTimeOffset();
        return true;
    }

    /// <summary>An instant as the schedule's wall clock with its offset: 2025-03-10T08:00-04:00.</summary>
    public static string Format(DateTimeOffset instant, DateTimeZone zone)
    {
        var local = Instant.FromDateTimeOffset(instant).InZone(zone).ToDateTimeOffset();
        return local.ToString(local.Second == 0 ? "yyyy-MM-dd'T'HH:mmzzz" : "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HasOffset();
}
