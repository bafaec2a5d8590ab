using System.Globalization;
using NodaTime;

namespace Bridge.Worker.OnCall;

/// <summary>
/// A rotation step in wall-clock terms: a day, a week, or N hours. Steps are added to local time, so
/// handoffs stay at their local time and a step across a DST change lasts an hour more or less.
/// </summary>
internal readonly record struct ShiftLength(ShiftKind Kind, int Hours)
{
    public static ShiftLength Daily { get; } = new(ShiftKind.Daily, 24);

    public static ShiftLength Weekly { get; } = new(ShiftKind.Weekly, 168);

    /// <summary>The nominal step; the real one differs by the DST change it spans.</summary>
    public Duration Nominal => Duration.FromHours(Hours);

    public LocalDateTime Step(LocalDateTime anchor, long count) => Kind switch
    {
        ShiftKind.Weekly => anchor.PlusWeeks((int)count),
        ShiftKind.Daily => anchor.PlusDays((int)count),
        _ => anchor.PlusHours(count * Hours),
    };

    /// <summary>"Daily", "Weekly", "12h", "12 hours", "12".</summary>
    public static bool TryParse(string? text, out ShiftLength length)
    {
        length = default;
        var value = text?.Trim() ?? "";
        if (value.Equals("daily", StringComparison.OrdinalIgnoreCase) || value.Equals("day", StringComparison.OrdinalIgnoreCase))
        {
            length = Daily;
            return true;
        }

        if (value.Equals("weekly", StringComparison.OrdinalIgnoreCase) || value.Equals("week", StringComparison.OrdinalIgnoreCase))
        {
            length = Weekly;
            return true;
        }

        foreach (var suffix in new[] { "hours", "hour", "h" })
        {
            if (value.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                value = value[..^suffix.Length].TrimEnd();
                break;
            }
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var hours) && hours is >= 1 and <= 24 * 28)
        {
            length = new ShiftLength(ShiftKind.Hours, hours);
            return true;
        }

        return false;
    }

    public override string ToString() => Kind switch
    {
        ShiftKind.Weekly => "weekly",
        ShiftKind.Daily => "daily",
        _ => $"{Hours}h",
    };
}
