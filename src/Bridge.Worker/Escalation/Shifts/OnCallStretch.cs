using Bridge.Worker.OnCall;

namespace Bridge.Worker.Escalation.Shifts;

/// <summary>
/// One person on call for a schedule without a break: back-to-back shifts of the same person joined (a weekend that
/// is three restriction windows, an override that runs on into the person's own shift). What a handoff notice is about.
/// </summary>
internal sealed record OnCallStretch(string Schedule, string Member, DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>Joins <paramref name="shifts"/> of one schedule where one ends as the next of the same person begins.</summary>
    public static IReadOnlyList<OnCallStretch> Join(IEnumerable<OnCallShift> shifts)
    {
        var stretches = new List<OnCallStretch>();
        foreach (var shift in shifts.OrderBy(s => s.Start))
        {
            if (stretches.Count > 0 && stretches[^1] is { } last && last.End == shift.Start
                && string.Equals(last.Member, shift.Member, StringComparison.OrdinalIgnoreCase))
            {
                stretches[^1] = last with { End = shift.End };
            }
            else
            {
                stretches.Add(new OnCallStretch(shift.Schedule, shift.Member, shift.Start, shift.End));
            }
        }

        return stretches;
    }
}
