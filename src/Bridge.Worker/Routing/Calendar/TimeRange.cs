using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Bridge.Worker.Routing.Calendar;

/// <summary>Opening hours within one day, <c>[Start, End)</c>; an end of 24:00 closes at the next midnight.</summary>
internal sealed partial record TimeRange(LocalTime Start, LocalTime End, bool EndsAtMidnight)
{
    /// <summary>Parses "08:00-17:00" (also with an en dash, and "24:00" as an end).</summary>
    public static bool TryParse(string? text, out TimeRange range)
    {
        range = null!;
        var match = Pattern().Match(text ?? "");
        if (!match.Success)
        {
            return false;
        }

        if (!TryTime(match.Groups[1].Value, out var start, out var startIsMidnight) || startIsMidnight
            || !TryTime(match.Groups[2].Value, out var end, out var endsAtMidnight))
        {
            return false;
        }

        if (!endsAtMidnight && end <= start)
        {
            return false;
        }

        range = new TimeRange(start, end, endsAtMidnight);
        return true;
    }

    public bool Overlaps(TimeRange other) =>
        Start.TickOfDay < other.EndTick && other.Start.TickOfDay < EndTick;

    private long EndTick => EndsAtMidnight ? NodaConstants.TicksPerDay : End.TickOfDay;

    public override string ToString() =>
        $"{Start:HH:mm}-{(EndsAtMidnight ? "24:00" : End.ToString("HH:mm", CultureInfo.InvariantCulture))}";

    private static bool TryTime(string text, out LocalTime time, out bool isMidnightEnd)
    {
        time = LocalTime.Midnight;
        isMidnightEnd = text == "24:00";
        if (isMidnightEnd)
        {
            return true;
        }

        var parts = text.Split(':');
        var hour = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var minute = int.Parse(parts[1], CultureInfo.InvariantCulture);
        if (hour > 23 || minute > 59)
        {
            return false;
        }

        time = new LocalTime(hour, minute);
        return true;
    }

    [GeneratedRegex(@"^\s*(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
