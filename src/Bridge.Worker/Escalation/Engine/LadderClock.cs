using Bridge.Worker.Escalation.Incidents;

namespace Bridge.Worker.Escalation.Engine;

/// <summary>
/// Ladder arithmetic with no I/O: when each step's next send is due, which sends are due at an instant, and
/// when the incident must be looked at next.
/// </summary>
internal static class LadderClock
{
    /// <summary>When <paramref name="step"/>'s repeat <paramref name="repeat"/> is due on a ladder started at <paramref name="start"/>.</summary>
    public static DateTimeOffset DueAt(IncidentStep step, int repeat, DateTimeOffset start) =>
        start + step.After + (step.RepeatEvery ?? TimeSpan.Zero) * repeat;

    /// <summary>The step's next send, or null when its repeats are spent.</summary>
    public static DateTimeOffset? NextDue(IncidentStep step, DateTimeOffset start) =>
        step.NextRepeat > step.RepeatCount ? null : step.DueOverride ?? DueAt(step, step.NextRepeat, start);

    /// <summary>
    /// The sends due at <paramref name="now"/>, earliest first. A step whose several repeats fell due while the
    /// bridge was down is sent once, as its latest overdue repeat: nobody gets four pages at once after a restart.
    /// </summary>
    public static IReadOnlyList<DueSend> DueSends(Incident incident, DateTimeOffset now)
    {
        var due = new List<DueSend>();
        foreach (var step in incident.Steps)
        {
            if (NextDue(step, incident.LadderStart) is not { } at || at > now)
            {
                continue;
            }

            var repeat = step.NextRepeat;
            if (step.DueOverride is null)
            {
                while (repeat < step.RepeatCount && DueAt(step, repeat + 1, incident.LadderStart) <= now)
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
                    Consider(NextDue(step, incident.LadderStart));
                }

                break;
            case IncidentState.Acknowledged:
                if (incident.AcknowledgementTimeout is { } timeout && incident.AcknowledgedAt is { } at)
                {
                    Consider(at + timeout);
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
