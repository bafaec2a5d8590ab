using Bridge.Worker.Escalation.Incidents;

namespace Bridge.Worker.Escalation.Engine;

/// <summary>
/// Ladder arithmetic with no I/O: when each step's next send is due, which sends are due at an instant, and
/// when the incident must be looked at next.
/// </summary>
internal static class LadderClock
{
    /// <summary>
    /// When <paramref name="step"/>'s repeat <paramref name="repeat"/> is due on a ladder started at <paramref name="start"/>:
    /// its own repeats every <c>RepeatEvery</c>, then (the last step) every <c>ThenEvery</c> from <c>ThenFrom</c>.
    /// </summary>
    public static DateTimeOffset DueAt(IncidentStep step, int repeat, DateTimeOffset start) =>
        repeat > step.RepeatCount && step.ThenEvery is { } every
            ? start + step.ThenFrom + every * (repeat - step.RepeatCount - 1)
            : start + step.After + (step.RepeatEvery ?? TimeSpan.Zero) * repeat;

    /// <summary>The step's next send, or null when its repeats are spent or the ladder gives up before it.</summary>
    public static DateTimeOffset? NextDue(IncidentStep step, DateTimeOffset start, DateTimeOffset? giveUpAt = null)
    {
        if (step.NextRepeat > step.RepeatCount && step.ThenEvery is null)
        {
            return null;
        }

        var due = step.DueOverride ?? DueAt(step, step.NextRepeat, start);
        return Sendable(step, due, giveUpAt) ? due : null;
    }

    /// <summary>Nothing is sent once the ladder gives up, but the fallback, which is due at the latest then.</summary>
    private static bool Sendable(IncidentStep step, DateTimeOffset due, DateTimeOffset? giveUpAt) =>
        giveUpAt is not { } end || (step.IsFallback ? due <= end : due < end);

    /// <summary>The step's next send on <paramref name="incident"/>'s ladder.</summary>
    public static DateTimeOffset? NextDue(Incident incident, IncidentStep step) => incident.GaveUp ? null : NextDue(step, incident.LadderStart, incident.GiveUpAt);

    /// <summary>
    /// A step's first send that paged nobody must not burn its wait: the next step not yet sent is brought forward to
    /// <paramref name="now"/>. Returns it with the instant it was due, or null when the step pages nobody by design (a
    /// client notice), it was a repeat (repeats would pull the ladder forward one by one), or nothing is left.
    /// </summary>
    public static (IncidentStep Next, DateTimeOffset Was)? BringNextForward(Incident incident, IncidentStep step, int repeat, DateTimeOffset now)
    {
        if (!step.PagesPeople || repeat != 0 || incident.State != IncidentState.Triggered)
        {
            return null;
        }

        var next = incident.Steps
            .Where(s => s.Number != step.Number && s.NextRepeat == 0 && NextDue(incident, s) > now)
            .OrderBy(s => NextDue(incident, s))
            .ThenBy(s => s.Number)
            .FirstOrDefault();
        if (next is null)
        {
            return null;
        }

        var was = NextDue(incident, next)!.Value;
        next.DueOverride = now;
        return (next, was);
    }

    /// <summary>
    /// The sends due at <paramref name="now"/>, earliest first. A step whose several repeats fell due while the
    /// bridge was down is sent once, as its latest overdue repeat: nobody gets four pages at once after a restart.
    /// </summary>
    public static IReadOnlyList<DueSend> DueSends(Incident incident, DateTimeOffset now)
    {
        var due = new List<DueSend>();
        foreach (var step in incident.Steps)
        {
            if (NextDue(incident, step) is not { } at || at > now)
            {
                continue;
            }

            var repeat = step.NextRepeat;
            if (step.DueOverride is null)
            {
                while ((repeat < step.RepeatCount || step.ThenEvery is not null)
                    && DueAt(step, repeat + 1, incident.LadderStart) is var later && later <= now && Sendable(step, later, incident.GiveUpAt))
                {
                    repeat++;
                }
            }

            due.Add(new DueSend(step.Number, repeat, at));
        }

        return due.OrderBy(d => d.DueAt).ThenBy(d => d.Step).ToList();
    }

    /// <summary>When the engine must look at <paramref name="incident"/> next: a step, the escalation threshold, or the acknowledgement timeout.</summary>
    public static DateTimeOffset? NextDueAt(Incident incident)
    {
        DateTimeOffset? next = null;
        void Consider(DateTimeOffset? at)
        {
            if (at is { } value && (next is null || value < next))
            {
                next = value;
            }
        }

        switch (incident.State)
        {
            case IncidentState.Triggered:
                if (incident.InFlight is not null)
                {
                    // A send interrupted by a crash is resumed at once.
                    return incident.LadderStart;
                }

                foreach (var step in incident.Steps)
                {
                    Consider(NextDue(incident, step));
                }

                if (!incident.GaveUp)
                {
                    Consider(incident.GiveUpAt);
                }

                break;
            case IncidentState.Acknowledged:
                if (incident.AcknowledgementTimeout is { } timeout && incident.AcknowledgedAt is { } at)
                {
                    Consider((incident.LastWorkAt is { } worked && worked > at ? worked : at) + timeout);
                }

                break;
            default:
                return null;
        }

        if (!string.IsNullOrWhiteSpace(incident.ThresholdPolicy))
        {
            Consider(incident.ThresholdAt);
        }

        return next;
    }
}
