using System.Globalization;
using Bridge.Worker.OnCall;
using NodaTime;

namespace Bridge.Worker.Escalation.Shifts;

/// <summary>Instants and lengths as the notices say them, on a given wall clock: "17:00", "tomorrow 08:00", "Monday 08:00".</summary>
internal static class ShiftText
{
    /// <summary>
    /// <paramref name="at"/> as seen on <paramref name="now"/>'s day: the time alone today, "tomorrow 08:00", the weekday
    /// within the week ahead, the weekday and date further off.
    /// </summary>
    public static string Moment(DateTimeOffset at, DateTimeOffset now, DateTimeZone zone)
    {
        var local = Local(at, zone);
        var days = Period.Between(Local(now, zone).Date, local.Date, PeriodUnits.Days).Days;
        var time = WallClockText.Format(local.TimeOfDay);
        return days switch
        {
            0 => time,
            1 => "tomorrow " + time,
            > 1 and < 7 => $"{Weekday(local)} {time}",
            _ => Full(at, zone),
        };
    }

    /// <summary>"Friday 4 December 17:00 – Saturday 08:00": the end's day named as it differs from the start's.</summary>
    public static string Span(DateTimeOffset start, DateTimeOffset end, DateTimeZone zone)
    {
        var (from, to) = (Local(start, zone), Local(end, zone));
        var days = Period.Between(from.Date, to.Date, PeriodUnits.Days).Days;
        var endText = WallClockText.Format(to.TimeOfDay);
        endText = days switch
        {
            0 => endText,
            < 7 => $"{Weekday(to)} {endText}",
            _ => $"{Date(to)} {endText}",
        };
        return $"{Full(start, zone)} – {endText}";
    }

    /// <summary>"Friday 4 December 17:00"</summary>
    public static string Full(DateTimeOffset at, DateTimeZone zone)
    {
        var local = Local(at, zone);
        return $"{Date(local)} {WallClockText.Format(local.TimeOfDay)}";
    }

    /// <summary>"15 h", "1 h 30 min", "45 min", "3 d 4 h".</summary>
    public static string Length(TimeSpan length)
    {
        var parts = new List<string>();
        if (length.TotalHours >= 48)
        {
            parts.Add($"{length.Days} d");
            length -= TimeSpan.FromDays(length.Days);
        }

        if ((int)length.TotalHours > 0)
        {
            parts.Add($"{(int)length.TotalHours} h");
        }

        if (length.Minutes > 0 && parts.Count < 2)
        {
            parts.Add($"{length.Minutes} min");
        }

        return parts.Count == 0 ? "0 min" : string.Join(" ", parts);
    }

    /// <summary>"2026-12-04 17:00": how the command line reads a time on the schedule's own clock.</summary>
    public static string Typed(DateTimeOffset at, DateTimeZone zone) =>
        Local(at, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static ZonedDateTime Local(DateTimeOffset at, DateTimeZone zone) => Instant.FromDateTimeOffset(at).InZone(zone);

    private static string Weekday(ZonedDateTime local) => local.ToString("dddd", CultureInfo.InvariantCulture);

    private static string Date(ZonedDateTime local) => local.ToString("dddd d MMMM", CultureInfo.InvariantCulture);
}
