using System.Globalization;
using NodaTime;
using NodaTime.Calendars;
using NodaTime.Text;

namespace Bridge.Worker.Watch;

/// <summary>
/// When this week's canary is due: the configured weekday and wall time in the MSP's zone (DST-safe: a wall time the
/// clocks skip is moved forward by the gap), keyed by the ISO week it falls in.
/// </summary>
internal sealed record CanaryWeek(string Key, int Number, DateTimeOffset DueAt)
{
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("H:mm");

    /// <summary>"Wednesday 19:00" → the weekday and time; null when it is neither.</summary>
    public static (IsoDayOfWeek Day, LocalTime Time)? Parse(string at)
    {
        var parts = at.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !Enum.TryParse<IsoDayOfWeek>(parts[0], ignoreCase: true, out var day) || day == IsoDayOfWeek.None
            || !Enum.IsDefined(day) || int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return null;
        }

        var time = TimePattern.Parse(parts[1]);
        return time.Success ? (day, time.Value) : null;
    }

    /// <summary>The occurrence in the ISO week that holds <paramref name="now"/> (in <paramref name="zone"/>), due before or after now.</summary>
    public static CanaryWeek Of(DateTimeOffset now, DateTimeZone zone, IsoDayOfWeek day, LocalTime time)
    {
        var today = Instant.FromDateTimeOffset(now).InZone(zone).Date;
        var monday = today.PlusDays(-((int)today.DayOfWeek - 1));
        var date = monday.PlusDays((int)day - 1);
        var due = (date + time).InZoneLeniently(zone).ToInstant().ToDateTimeOffset();
        var rules = WeekYearRules.Iso;
        var year = rules.GetWeekYear(date);
        var week = rules.GetWeekOfWeekYear(date);
        return new CanaryWeek(
            string.Create(CultureInfo.InvariantCulture, $"{year}-W{week:00}"),
            (year * 100) + week,
            due);
    }
}
