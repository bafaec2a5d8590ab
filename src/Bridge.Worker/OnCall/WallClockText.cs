using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Bridge.Worker.OnCall;

/// <summary>Reads the wall-clock words of the config: times, days, day ranges, dates, handoffs.</summary>
internal static class WallClockText
{
    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("H:mm");
    private static readonly LocalDatePattern Date = LocalDatePattern.Iso;

    /// <summary>"08:00", "8:30"; "24:00" is midnight at the end of the day (as a window's end).</summary>
    public static bool TryParseTime(string? text, out LocalTime time)
    {
        var value = text?.Trim() ?? "";
        if (value is "24:00")
        {
            time = LocalTime.Midnight;
            return true;
        }

        var result = Time.Parse(value);
        time = result.Success ? result.Value : default;
        return result.Success;
    }

    public static bool TryParseDate(string? text, out LocalDate date)
    {
        var result = Date.Parse(text?.Trim() ?? "");
        date = result.Success ? result.Value : default;
        return result.Success;
    }

    /// <summary>"Monday", "mon", "Mon-Fri", "Friday-Monday" (wraps).</summary>
    public static bool TryParseDays(string? text, ISet<IsoDayOfWeek> days)
    {
        var parts = (text ?? "").Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length is < 1 or > 2 || !TryParseDay(parts[0], out var first))
        {
            return false;
        }

        var last = first;
        if (parts.Length == 2 && !TryParseDay(parts[1], out last))
        {
            return false;
        }

        for (var day = first; ; day = day == IsoDayOfWeek.Sunday ? IsoDayOfWeek.Monday : day + 1)
        {
            days.Add(day);
            if (day == last)
            {
                return true;
            }
        }
    }

    public static bool TryParseDay(string? text, out IsoDayOfWeek day)
    {
        day = IsoDayOfWeek.None;
        var value = text?.Trim() ?? "";
        if (value.Length < 3)
        {
            return false;
        }

        foreach (var candidate in Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None))
        {
            if (candidate.ToString().StartsWith(value, StringComparison.OrdinalIgnoreCase))
            {
                day = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>"Monday 08:00" or "08:00": the day is null when absent.</summary>
    public static bool TryParseHandoff(string? text, out IsoDayOfWeek? day, out LocalTime time)
    {
        day = null;
        time = default;
        var parts = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 1)
        {
            return parts[0] != "24:00" && TryParseTime(parts[0], out time);
        }

        if (parts.Length != 2 || !TryParseDay(parts[0], out var parsedDay) || parts[1] == "24:00" || !TryParseTime(parts[1], out time))
        {
            return false;
        }

        day = parsedDay;
        return true;
    }

    public static string Format(LocalTime time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
