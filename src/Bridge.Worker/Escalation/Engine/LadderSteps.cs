using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Policies;

namespace Bridge.Worker.Escalation.Engine;

/// <summary>
/// A policy's steps as an incident runs them, with no I/O: copied when the ladder starts (a reload does not move a
/// ladder under way), the last step set to keep paging once the ladder's own sends are spent (alert until
/// acknowledged), and the fallback of an exhausted ladder appended as one more step.
/// </summary>
internal static class LadderSteps
{
    public static List<IncidentStep> Copy(EscalationPolicyOptions policy, EscalationOptions settings, string cause)
    {
        var steps = policy.Steps.Select((s, i) => new IncidentStep
        {
            Number = i + 1,
            After = s.After,
            Targets = s.Targets.Select(t => t.Trim()).ToList(),
            RepeatEvery = s.RepeatEvery,
            RepeatCount = s.RepeatEvery is null ? 0 : s.RepeatCount,
            Channels = s.Channels.Select(c => c.Trim()).Where(c => c.Length > 0).ToList(),
            Message = Blank(s.Message),
        }).ToList();

        // Reminders and client notices keep their own count: only a ladder that pages people for a response keeps going.
        var last = steps.Where(s => s.PagesPeople).OrderBy(s => s.After).ThenBy(s => s.Number).LastOrDefault();
        if (cause == IncidentCause.WaitingOnClient || last is null)
        {
            return steps;
        }

        var spent = steps.Max(s => s.After + (s.RepeatEvery ?? TimeSpan.Zero) * s.RepeatCount);
        var giveUp = GiveUpAfter(policy, settings);
        var nextAfterSpent = spent;
        if (settings.Exhausted.Targets.Count > 0)
        {
            var at = spent + settings.Exhausted.After;
            nextAfterSpent = giveUp is { } end && end < at ? end : at;
            steps.Add(new IncidentStep
            {
                Number = steps.Count + 1,
                After = nextAfterSpent,
                Targets = settings.Exhausted.Targets.Select(t => t.Trim()).ToList(),
                IsFallback = true,
            });
        }

        var every = policy.RepeatLastEvery ?? settings.RepeatLastEvery;
        if (every > TimeSpan.Zero)
        {
            // After the fallback (if any), never at the same instant: nobody in both gets two pages at once.
            (last.ThenEvery, last.ThenFrom) = (every, nextAfterSpent + every);
        }

        return steps;
    }

    /// <summary>
    /// The ladder again after an acknowledgement sat with no sign of work: <paramref name="member"/> (who acknowledged)
    /// first, at once, with <paramref name="message"/>; the ladder's own steps <paramref name="wait"/> later.
    /// </summary>
    public static List<IncidentStep> ReAlert(List<IncidentStep> steps, string member, TimeSpan wait, string message)
    {
        foreach (var step in steps)
        {
            step.Number++;
            step.After += wait;
            step.ThenFrom += step.ThenEvery is null ? TimeSpan.Zero : wait;
        }

        return [new IncidentStep { Number = 1, Targets = [$"member:{member}"], Message = message }, .. steps];
    }

    /// <summary>When a ladder started at <paramref name="start"/> stops paging; null: never.</summary>
    public static DateTimeOffset? GiveUpAt(EscalationPolicyOptions policy, EscalationOptions settings, string cause, DateTimeOffset start) =>
        cause != IncidentCause.WaitingOnClient && GiveUpAfter(policy, settings) is { } after ? start + after : null;

    private static TimeSpan? GiveUpAfter(EscalationPolicyOptions policy, EscalationOptions settings) => policy.GiveUpAfter ?? settings.GiveUpAfter;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
