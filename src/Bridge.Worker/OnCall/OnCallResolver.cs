namespace Bridge.Worker.OnCall;

/// <summary>
/// Loads a schedule's overrides (config, then stored) and asks the pure <see cref="ScheduleCalculator"/>.
/// Without a repository (the CLI while the service holds the state file) only config overrides count.
/// </summary>
internal sealed class OnCallResolver(OnCallModel model, OnCallOverrideRepository? store) : IOnCallResolver
{
    public IReadOnlyCollection<string> Schedules => model.Schedules.Keys.ToList();

    public bool HasSchedule(string schedule) => model.Schedules.ContainsKey(schedule);

    public OnCallAnswer WhoIsOnCall(string schedule, DateTimeOffset at) => Calculator(schedule).At(at, FindPerson);

    public IReadOnlyList<Person> Role(string role) => model.Roles.GetValueOrDefault(role) ?? [];

    public Person? FindPerson(string member) => model.People.GetValueOrDefault(member);

    public IReadOnlyList<OnCallShift> Shifts(string schedule, DateTimeOffset from, DateTimeOffset to) =>
        Calculator(schedule).ShiftsOverlapping(from, to);

    public IReadOnlyList<OnCallShift> NextShifts(string schedule, DateTimeOffset from, int count) =>
        Calculator(schedule).NextShifts(from, count);

    public IReadOnlyList<OnCallShift> ShiftsOf(string member, DateTimeOffset from, DateTimeOffset to) =>
        model.Schedules.Keys
            .SelectMany(schedule => Shifts(schedule, from, to))
            .Where(shift => string.Equals(shift.Member, member, StringComparison.OrdinalIgnoreCase))
            .OrderBy(shift => shift.Start)
            .ThenBy(shift => shift.Schedule, StringComparer.Ordinal)
            .ToList();

    public IReadOnlyList<OnCallGap> Gaps(string schedule, DateTimeOffset from, DateTimeOffset to) =>
        Calculator(schedule).Gaps(from, to);

    public OnCallLoad Load(string schedule, DateTimeOffset from, DateTimeOffset to) =>
        Calculator(schedule).Load(from, to);

    /// <summary>The schedule's display zone id (IANA).</summary>
    public NodaTime.DateTimeZone ZoneOf(string schedule) => Find(schedule).Zone;

    /// <summary>Config overrides first, then stored ones oldest first.</summary>
    public IReadOnlyList<OnCallOverride> Overrides(string schedule)
    {
        var found = Find(schedule);
        return store is null ? found.Overrides : [.. found.Overrides, .. store.ForSchedule(found.Name)];
    }

    internal ScheduleCalculator Calculator(string schedule) => new(Find(schedule), Overrides(schedule));

    private Schedule Find(string schedule) =>
        model.Schedules.TryGetValue(schedule, out var found)
            ? found
            : throw new KeyNotFoundException($"No on-call schedule named '{schedule}'. Schedules: {string.Join(", ", model.Schedules.Keys)}.");
}
