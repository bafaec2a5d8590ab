using Bridge.Worker.Kernel;
using Bridge.Worker.Routing.Calendar;
using NodaTime;

namespace Bridge.Worker.Routing.Rules;

/// <summary>Reads time zones, weekly hours and holidays from options, adding one problem line per bad key.</summary>
internal static class CalendarCompiler
{
    public static DateTimeZone? Zone(string? id, string key, List<string> problems)
    {
        var zone = TimeZoneResolver.Find(id);
        if (zone is null)
        {
            problems.Add(string.IsNullOrWhiteSpace(id)
                ? $"{key}: a time zone is required (an IANA id like America/New_York or a Windows id like Eastern Standard Time)."
                : $"{key}: '{id}' is not a known time zone (use an IANA id like America/New_York or a Windows id like Eastern Standard Time).");
        }

        return zone;
    }

    /// <summary>Null when not configured (the caller picks the default).</summary>
    public static WeeklyHours? Hours(Dictionary<string, List<string>>? days, string key, List<string> problems)
    {
        if (days is null)
        {
            return null;
        }

        var before = problems.Count;
        var parsed = new Dictionary<IsoDayOfWeek, IReadOnlyList<TimeRange>>();
        foreach (var (name, ranges) in days)
        {
            if (!TryDay(name, out var day))
            {
                problems.Add($"{key}:{name}: '{name}' is not a weekday (use Monday … Sunday).");
                continue;
            }

            var list = new List<TimeRange>();
            for (var i = 0; i < ranges.Count; i++)
            {
                if (!TimeRange.TryParse(ranges[i], out var range))
                {
                    problems.Add($"{key}:{name}:{i}: '{ranges[i]}' is not a time range (write it as \"08:00-17:00\"; the end must be after the start, 24:00 at most).");
                }
                else if (list.FirstOrDefault(r => r.Overlaps(range)) is { } other)
                {
                    problems.Add($"{key}:{name}:{i}: '{ranges[i]}' overlaps '{other}' on the same day.");
                }
                else
                {
                    list.Add(range);
                }
            }

            parsed[day] = list;
        }

        var hours = new WeeklyHours(parsed);
        if (problems.Count == before && hours.IsEmpty)
        {
            problems.Add($"{key}: no day has business hours; list at least one range such as \"Monday\": [\"08:00-17:00\"].");
        }

        return hours;
    }

    public static HolidayCalendar Holidays(List<HolidayOptions>? holidays, string key, List<string> problems)
    {
        if (holidays is null)
        {
            return HolidayCalendar.None;
        }

        var parsed = new List<Holiday>();
        for (var i = 0; i < holidays.Count; i++)
        {
            var text = holidays[i].Rule;
            var rule = HolidayRuleParser.Parse(text);
            if (rule is null)
            {
                problems.Add(string.IsNullOrWhiteSpace(text)
                    ? $"{key}:{i}:Rule: a holiday needs a rule (forms: {HolidayRuleParser.Forms})."
                    : $"{key}:{i}:Rule: '{text}' is not a holiday rule (forms: {HolidayRuleParser.Forms}).");
                continue;
            }

            var name = string.IsNullOrWhiteSpace(holidays[i].Name) ? text!.Trim() : holidays[i].Name!.Trim();
            parsed.Add(new Holiday(name, text!.Trim(), $"{key}:{i}", rule));
        }

        return new HolidayCalendar(parsed);
    }

    private static bool TryDay(string name, out IsoDayOfWeek day)
    {
        day = IsoDayOfWeek.None;
        var trimmed = name.Trim();
        if (trimmed.Length < 3 || trimmed.Any(char.IsDigit))
        {
            return false;
        }

        // "Monday" or "Mon".
        day = Enum.GetValues<IsoDayOfWeek>().FirstOrDefault(d =>
            d != IsoDayOfWeek.None && d.ToString().StartsWith(trimmed, StringComparison.OrdinalIgnoreCase)
            && (trimmed.Length == 3 || trimmed.Length == d.ToString().Length));
        return day != IsoDayOfWeek.None;
    }
}
