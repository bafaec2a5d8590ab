namespace Bridge.Worker.OnCall;

/// <summary>Checks and stores overrides added at run time; the CLI and the HTTP endpoint both come here.</summary>
internal sealed class OnCallOverrides(OnCallResolver resolver, OnCallOverrideRepository store, OnCallChanges changes, TimeProvider time, ILogger<OnCallOverrides> logger)
{
    private static readonly TimeSpan Longest = TimeSpan.FromDays(366);

    /// <summary>The stored override, or every reason it was refused (one line each).</summary>
    public (OnCallOverride? Added, IReadOnlyList<string> Problems) Add(string schedule, OverrideRequest request)
    {
        var problems = new List<string>();
        var model = resolver.Model;
        if (!model.Schedules.TryGetValue(schedule, out var found))
        {
            return (null, [$"No on-call schedule named '{schedule}'. Schedules: {string.Join(", ", model.Schedules.Keys)}."]);
        }

        // "nobody": a sick night nobody covers. The gap it opens is warned about like any other.
        var nobody = string.Equals(request.Person?.Trim(), OnCallOverride.Nobody, StringComparison.OrdinalIgnoreCase);
        var person = nobody ? null : OnCallModelCompiler.ResolvePerson(request.Person, model.People);
        if (person is null && !nobody)
        {
            problems.Add($"person '{request.Person}' is not in {OnCallOptions.SectionName}:People (or write '{OnCallOverride.Nobody}' to leave the time uncovered).");
        }

        Person? covered = null;
        if (!string.IsNullOrWhiteSpace(request.For) && (covered = OnCallModelCompiler.ResolvePerson(request.For, model.People)) is null)
        {
            problems.Add($"for '{request.For}' is not in {OnCallOptions.SectionName}:People.");
        }

        var hasFrom = InstantText.TryParse(request.From, found.Zone, out var from);
        var hasTo = InstantText.TryParse(request.To, found.Zone, out var to);
        if (!hasFrom)
        {
            problems.Add($"from '{request.From}' must be a time like 2025-03-10 08:00 ({found.Zone.Id}) or 2025-03-10T08:00-04:00.");
        }

        if (!hasTo)
        {
            problems.Add($"to '{request.To}' must be a time like 2025-03-10 17:00 ({found.Zone.Id}) or 2025-03-10T17:00-04:00.");
        }

        var now = time.GetUtcNow();
        if (hasFrom && hasTo)
        {
            if (to <= from)
            {
                problems.Add("to must be after from.");
            }
            else if (to - from > Longest)
            {
                problems.Add("an override may last at most 366 days.");
            }
            else if (to <= now)
            {
                problems.Add("to is in the past; an override that has already ended changes nothing.");
            }
        }

        if (problems.Count > 0 || (person is null && !nobody))
        {
            return (null, problems);
        }

        var entry = new OnCallOverride(
            Guid.NewGuid().ToString("N")[..12], found.Name, person?.Member ?? "", covered?.Member, from, to, now,
            string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim());
        var added = store.Add(entry);
        changes.Raise();
        OnCallLog.OverrideAdded(logger, added.Id, found.Name, added.IsNobody ? OnCallOverride.Nobody : added.Person, added.For ?? "anyone", added.From, added.To);
        return (added, []);
    }
}
