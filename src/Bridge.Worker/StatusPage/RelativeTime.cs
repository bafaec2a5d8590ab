using Bridge.Worker.Kernel;

namespace Bridge.Worker.StatusPage;

/// <summary>
/// How far an instant is from now, the way a person says it: "just now", "in 4 min", "12 min ago",
/// "in 2 h 5 min", "3 d 4 h ago". Rounded so the text does not flicker between refreshes.
/// </summary>
internal static class RelativeTime
{
    public static string Describe(DateTimeOffset at, DateTimeOffset now)
    {
        var delta = at - now;
        var future = delta > TimeSpan.Zero;
        var span = future ? delta : -delta;
        if (span < TimeSpan.FromSeconds(45))
        {
            return future ? "in under a minute" : "just now";
        }

        var amount = Amount(span);
        return future ? $"in {amount}" : $"{amount} ago";
    }

    /// <summary>A duration in the same words: "45 min", "2 h 5 min", "3 d 4 h".</summary>
    public static string Amount(TimeSpan span) => DurationText.Of(span);
}
