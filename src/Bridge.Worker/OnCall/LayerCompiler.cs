using NodaTime;

namespace Bridge.Worker.OnCall;

/// <summary>Compiles one layer: its rotation, shift length, handoff and restrictions.</summary>
internal static class LayerCompiler
{
    public static RotationLayer? Compile(
        LayerOptions entry, string key, int index, DateTimeZone zone, IReadOnlyDictionary<string, Person> people, List<string> problems)
    {
        var before = problems.Count;
        var members = new List<string>();
        if (entry.Rotation.Count == 0)
        {
            problems.Add($"{key}:Rotation needs at least one person.");
        }

        for (var i = 0; i < entry.Rotation.Count; i++)
        {
            if (OnCallModelCompiler.ResolvePerson(entry.Rotation[i], people) is { } person)
            {
                members.Add(person.Member);
            }
            else
            {
                problems.Add($"{key}:Rotation:{i} names '{entry.Rotation[i]}', who is not in {OnCallOptions.SectionName}:People.");
            }
        }

        if (!ShiftLength.TryParse(entry.Shift, out var length))
        {
            problems.Add($"{key}:Shift '{entry.Shift}' must be Weekly, Daily or a number of hours like 12h.");
        }

        IsoDayOfWeek? day = null;
        var time = LocalTime.Midnight;
        if (!WallClockText.TryParseHandoff(entry.Handoff, out day, out time))
        {
            problems.Add($"{key}:Handoff '{entry.Handoff}' must be a day and a time like 'Monday 08:00' (or just '08:00' for daily and hourly shifts).");
        }
        else if (day is null && length.Kind == ShiftKind.Weekly)
        {
            problems.Add($"{key}:Handoff '{entry.Handoff}' needs a day for a weekly shift, like 'Monday {WallClockText.Format(time)}'.");
        }

        if (!WallClockText.TryParseDate(entry.Start, out var start))
        {
            problems.Add($"{key}:Start '{entry.Start}' must be a date like 2025-01-06.");
        }

        var restrictions = new List<Restriction>();
        for (var r = 0; r < entry.Restrictions.Count; r++)
        {
            if (CompileRestriction(entry.Restrictions[r], $"{key}:Restrictions:{r}", problems) is { } restriction)
            {
                restrictions.Add(restriction);
            }
        }

        if (problems.Count != before)
        {
            return null;
        }

        if (day is { } handoffDay)
        {
            start = start.With(DateAdjusters.NextOrSame(handoffDay));
        }

        var name = string.IsNullOrWhiteSpace(entry.Name) ? $"layer {index + 1}" : entry.Name.Trim();
        return new RotationLayer(name, members, length, start + time, restrictions, zone);
    }

    public static Restriction? CompileRestriction(RestrictionOptions entry, string key, List<string> problems)
    {
        var before = problems.Count;
        var days = new HashSet<IsoDayOfWeek>();
        if (entry.Days.Count == 0)
        {
            problems.Add($"{key}:Days needs at least one day (Monday … Sunday, or a range like Monday-Friday).");
        }

        for (var d = 0; d < entry.Days.Count; d++)
        {
            if (!WallClockText.TryParseDays(entry.Days[d], days))
            {
                problems.Add($"{key}:Days:{d} '{entry.Days[d]}' must be a day like Monday or a range like Monday-Friday.");
            }
        }

        if (!WallClockText.TryParseTime(entry.From, out var from) || entry.From.Trim() == "24:00")
        {
            problems.Add($"{key}:From '{entry.From}' must be a time like 17:00.");
        }

        if (!WallClockText.TryParseTime(entry.To, out var to))
        {
            problems.Add($"{key}:To '{entry.To}' must be a time like 08:00 (earlier than From means the next day).");
        }

        return problems.Count == before ? new Restriction(days, from, to) : null;
    }
}
