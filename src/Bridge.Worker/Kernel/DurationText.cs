using System.Globalization;

namespace Bridge.Worker.Kernel;

/// <summary>A duration the way a person says it, rounded so a refreshed page does not flicker.</summary>
internal static class DurationText
{
    /// <summary>"45 min", "2 h 5 min", "3 d 4 h".</summary>
    public static string Of(TimeSpan span)
    {
        if (span < TimeSpan.FromMinutes(59.5))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (int)Math.Round(span.TotalMinutes))} min");
        }

        if (span < TimeSpan.FromHours(24))
        {
            var minutes = (int)Math.Round(span.TotalMinutes);
            var (hours, rest) = (minutes / 60, minutes % 60);
            return rest == 0 || hours >= 10
                ? string.Create(CultureInfo.InvariantCulture, $"{(int)Math.Round(span.TotalHours)} h")
                : string.Create(CultureInfo.InvariantCulture, $"{hours} h {rest} min");
        }

        var totalHours = (int)Math.Round(span.TotalHours);
        var (days, hoursLeft) = (totalHours / 24, totalHours % 24);
        return hoursLeft == 0 || days >= 7
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)Math.Round(span.TotalDays)} d")
            : string.Create(CultureInfo.InvariantCulture, $"{days} d {hoursLeft} h");
    }
}
