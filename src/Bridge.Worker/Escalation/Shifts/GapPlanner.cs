using Bridge.Worker.OnCall;

namespace Bridge.Worker.Escalation.Shifts;

/// <summary>
/// Which gap warnings are due now: pure, no clock, no storage. A warning <c>ahead</c> is due once the gap starts
/// within that time and until it starts. When several are due at once (a gap found late, say by an edit a day before
/// it) only the one closest to the gap goes: one message, not two. A gap's key is its start and end, so a gap an
/// override fills is never warned again, and one an override or an edit changes is a new gap, warned at once.
/// </summary>
internal static class GapPlanner
{
    /// <summary>A gap longer than this is shown (and keyed) as this long: its true end may lie past any window looked at.</summary>
    public static readonly TimeSpan LongestShown = TimeSpan.FromDays(31);

    /// <summary>The window of gaps to ask for at <paramref name="now"/>.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Window(DateTimeOffset now, IReadOnlyList<TimeSpan> warnings) =>
        (now, now + warnings.DefaultIfEmpty(TimeSpan.Zero).Max() + LongestShown);

    /// <param name="gaps">Gaps from <see cref="Window"/>.</param>
    /// <param name="warnings">How long ahead each warning goes.</param>
    public static IReadOnlyList<DueGapWarning> Due(IReadOnlyList<OnCallGap> gaps, DateTimeOffset now, IReadOnlyList<TimeSpan> warnings)
    {
        var due = new List<DueGapWarning>();
        foreach (var gap in gaps.Where(g => g.Start > now))
        {
            var closest = warnings.Where(ahead => gap.Start - ahead <= now).DefaultIfEmpty(TimeSpan.MinValue).Min();
            if (closest != TimeSpan.MinValue)
            {
                // The window cuts a gap longer than it; its shown end depends on its start only, so its key stays put.
                var end = gap.End - gap.Start > LongestShown ? gap.Start + LongestShown : gap.End;
                due.Add(new DueGapWarning(gap with { End = end }, closest, gap.End > end));
            }
        }

        return due;
    }
}

/// <summary>A warning due for <see cref="Gap"/>, <see cref="Ahead"/> before it; <see cref="Longer"/> when it lasts beyond its shown end.</summary>
internal sealed record DueGapWarning(OnCallGap Gap, TimeSpan Ahead, bool Longer)
{
    /// <summary><c>gap:after-hours:2026-12-04T21:00:00.0000000Z:2026-12-04T22:00:00.0000000Z:7d</c></summary>
    public string Key => $"gap:{Gap.Schedule}:{Gap.Start.UtcDateTime:O}:{Gap.End.UtcDateTime:O}:{Label(Ahead)}";

    /// <summary>7d, 1d, 12h, 90m.</summary>
    public static string Label(TimeSpan ahead) =>
        ahead.Ticks % TimeSpan.TicksPerDay == 0 ? $"{ahead.TotalDays:0}d"
        : ahead.Ticks % TimeSpan.TicksPerHour == 0 ? $"{ahead.TotalHours:0}h"
        : $"{ahead.TotalMinutes:0}m";
}
