using Bridge.Worker.OnCall;

namespace Bridge.Worker.Escalation.Shifts;

/// <summary>
/// Which handoff notices are due now: pure, no clock, no storage. The notice before a stretch is due from
/// <see cref="HandoffOptions.NoticeBefore"/> ahead of its start until it starts; the one at the start only for
/// <see cref="LateBy"/> after it. Later than that nothing is sent: a bridge that was down all evening does not text
/// "you are on call from 17:00" at 23:00 (the person had the notice before, or it is news too stale to help).
/// Each notice has a key of its own, so a check may find it due on every pass and it is still sent once.
/// </summary>
internal static class HandoffPlanner
{
    /// <summary>How long after a stretch begins its "at start" notice is still worth sending.</summary>
    public static readonly TimeSpan LateBy = TimeSpan.FromMinutes(10);

    /// <summary>The window of shifts to ask for at <paramref name="now"/>: it holds every stretch that may have a notice due and the shift before it.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Window(DateTimeOffset now, HandoffOptions options) =>
        (now - LateBy - TimeSpan.FromMinutes(1), now + options.NoticeBefore + TimeSpan.FromMinutes(1));

    public static IReadOnlyList<DueHandoff> Due(IReadOnlyList<OnCallStretch> stretches, DateTimeOffset now, HandoffOptions options)
    {
        if (!options.Enabled)
        {
            return [];
        }

        var due = new List<DueHandoff>();
        foreach (var stretch in stretches)
        {
            if (options.NoticeBefore > TimeSpan.Zero && stretch.Start - options.NoticeBefore <= now && now < stretch.Start)
            {
                due.Add(new DueHandoff(stretch, HandoffMoment.Before));
            }
            else if (options.AtStart && stretch.Start <= now && now < stretch.Start + LateBy && now < stretch.End)
            {
                due.Add(new DueHandoff(stretch, HandoffMoment.Start));
            }
        }

        return due;
    }
}

internal enum HandoffMoment
{
    Before,
    Start,
}

/// <summary>A handoff notice due for <see cref="Stretch"/>.</summary>
internal sealed record DueHandoff(OnCallStretch Stretch, HandoffMoment Moment)
{
    /// <summary><c>handoff:after-hours:anguyen:2026-12-04T22:00:00.0000000Z:before</c></summary>
    public string Key =>
        $"handoff:{Stretch.Schedule}:{Stretch.Member.ToLowerInvariant()}:{Stretch.Start.UtcDateTime:O}:{Moment.ToString().ToLowerInvariant()}";
}
