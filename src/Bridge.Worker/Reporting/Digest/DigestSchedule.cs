using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Bridge.Worker.Reporting.Digest;

/// <summary>
/// When a day's digest is due: its local time of day in the MSP's zone, mapped leniently (a time the clock skips on a
/// spring-forward morning moves forward by the gap; a time that falls back and happens twice is the first of the two),
/// so the digest comes once a day whatever the clocks do.
/// </summary>
internal static class DigestSchedule
{
    public static LocalTime? ParseAt(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parsed = LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(text.Trim());
        return parsed.Success ? parsed.Value : null;
    }

    /// <summary>The instant <paramref name="day"/>'s digest is due.</summary>
    public static DateTimeOffset DueOn(LocalDate day, LocalTime at, DateTimeZone zone) => zone.AtLeniently(day.At(at)).ToDateTimeOffset();

    /// <summary>The day <paramref name="now"/> falls on in <paramref name="zone"/>.</summary>
    public static LocalDate Today(DateTimeOffset now, DateTimeZone zone) => Instant.FromDateTimeOffset(now).InZone(zone).Date;

    public static string Key(LocalDate day) => "digest:" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
