using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Bridge.Worker.Routing.Calendar;

/// <summary>
/// Reads the holiday forms an admin writes: "2026-12-24" (once), "12-25" or "December 25" (every
/// year, optionally "observed"), and "fourth Thursday of November" / "last Monday of May" (optionally
/// "+1 day").
/// </summary>
internal static partial class HolidayRuleParser
{
    public const string Forms = "\"2026-12-24\", \"12-25\", \"December 25 observed\", \"fourth Thursday of November\", \"last Monday of May\", \"fourth Thursday of November +1 day\"";

    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth"];

    public static IHolidayRule? Parse(string? text)
    {
        var rule = (text ?? "").Trim().ToLowerInvariant();
        rule = Spaces().Replace(rule, " ");

        var once = OneTime().Match(rule);
        if (once.Success)
        {
            return DateTime.TryParseExact(once.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? new OneTimeHolidayRule(LocalDate.FromDateTime(date))
                : null;
        }

        var numeric = Annual().Match(rule);
        if (numeric.Success)
        {
            return AnnualRule(Number(numeric.Groups[1].Value), Number(numeric.Groups[2].Value), numeric.Groups[3].Success);
        }

        var named = AnnualByName().Match(rule);
        if (named.Success)
        {
            return AnnualRule(Array.IndexOf(Months, named.Groups[1].Value) + 1, Number(named.Groups[2].Value), named.Groups[3].Success);
        }

        var weekday = WeekdayOfMonth().Match(rule);
        if (weekday.Success && Enum.TryParse<IsoDayOfWeek>(weekday.Groups[2].Value, ignoreCase: true, out var day))
        {
            var ordinal = weekday.Groups[1].Value == "last" ? -1 : Array.IndexOf(Ordinals, weekday.Groups[1].Value) + 1;
            var month = Array.IndexOf(Months, weekday.Groups[3].Value) + 1;
            var offset = weekday.Groups[4].Success ? int.Parse(weekday.Groups[4].Value.Replace(" ", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
            return Math.Abs(offset) <= 31 ? new WeekdayOfMonthHolidayRule(ordinal, day, month, offset) : null;
        }

        return null;
    }

    private static AnnualHolidayRule? AnnualRule(int month, int day, bool observed) =>
        month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(2024, month)
            ? new AnnualHolidayRule(month, day, observed)
            : null;

    private static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex OneTime();

    [GeneratedRegex(@"^(\d{1,2})-(\d{1,2})( observed)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Annual();

    [GeneratedRegex(@"^(january|february|march|april|may|june|july|august|september|october|november|december) (\d{1,2})( observed)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AnnualByName();

    [GeneratedRegex(@"^(first|second|third|fourth|fifth|last) (monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:of|in) (january|february|march|april|may|june|july|august|september|october|november|december)(?: ([+-] ?\d{1,2}) days?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayOfMonth();
}
