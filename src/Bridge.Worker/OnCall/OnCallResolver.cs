using Bridge.Worker.Kernel;

namespace Bridge.Worker.OnCall;

/// <summary>
/// Loads a schedule's overrides (config, then stored) and asks the pure <see cref="ScheduleCalculator"/>.
/// Each answer comes from the on-call model in force when it is asked, so an edit of the configuration
/// applies to the next question; <see cref="Snapshot"/> pins one model for a series of questions.
/// Without a repository (the CLI while the service holds the state file) only config overrides count.
/// </summary>
internal sealed class OnCallResolver(ConfiguredModel<OnCallModel> model, OnCallOverrideRepository? store) : IOnCallResolver
{
    public OnCallResolver(OnCallModel model, OnCallOverrideRepository? store)
        : this(ConfiguredModel<OnCallModel>.Fixed(model), store)
    {
    }

    /// <summary>The on-call model in force.</summary>
    public OnCallModel Model => model.Current;

    public IReadOnlyCollection<string> Schedules => Model.Schedules.Keys.ToList();

    /// <summary>A resolver on the model in force now, unaffected by later reloads: for answers that must agree with each other.</summary>
    public OnCallResolver Snapshot() => new(Model, store);

    public bool HasSchedule(string schedule) => Model.Schedules.ContainsKey(schedule);

    public OnCallAnswer WhoIsOnCall(string schedule, DateTimeOffset at)
    {
        var current = Model;
        return Calculator(current, schedule).At(at, member => current.People.GetValueOrDefault(member));
    }

    public IReadOnlyList<Person> Role(string role) => Model.Roles.GetValueOrDefault(role) ?? [];

    public Person? FindPerson(string member) => Model.People.GetValueOrDefault(member);

    public IReadOnlyList<OnCallShift> Shifts(string schedule, DateTimeOffset from, DateTimeOffset to) =>
        Calculator(Model, schedule).ShiftsOverlapping(from, to);

    public IReadOnlyList<OnCallShift> NextShifts(string schedule, DateTimeOffset from, int count) =>
        Calculator(Model, schedule).NextShifts(from, count);

    public IReadOnlyList<OnCallShift> ShiftsOf(string member, DateTimeOffset from, DateTimeOffset to)
    {
        var current = Model;
        return current.Schedules.Keys
            .SelectMany(schedule => Calculator(current, schedule).ShiftsOverlapping(from, to))
            .Where(shift => string.Equals(shift.Member, member, StringComparison.OrdinalIgnoreCase))
            .OrderBy(shift => shift.Start)
            .ThenBy(shift => shift.Schedule, StringComparer.Ordinal)
            .ToList();
    }

    public IReadOnlyList<OnCallGap> Gaps(string schedule, DateTimeOffset from, DateTimeOffset to) =>
        Calculator(Model, schedule).Gaps(from, to);

    public OnCallLoad Load(string schedule, DateTimeOffset from, DateTimeOffset to) =>
        Calculator(Model, schedule).Load(from, to);

    /// <summary>The schedule's display zone id (IANA).</summary>
    public NodaTime.DateTimeZone ZoneOf(string schedule) => Find(Model, schedule).Zone;

    /// <summary>Config overrides first, then stored ones oldest first.</summary>
    public IReadOnlyList<OnCallOverride> Overrides(string schedule) => Overrides(Find(Model, schedule));

    internal ScheduleCalculator Calculator(string schedule) => Calculator(Model, schedule);

    private ScheduleCalculator Calculator(OnCallModel current, string schedule)
    {
        var found = Find(current, schedule);
        // A stored override naming someone since removed from OnCall:People covers nothing: a gap, warned as one,
        // never "covered" by a person the bridge cannot page.
        var overrides = Overrides(found)
            .Select(o => o.IsNobody || current.People.ContainsKey(o.Person) ? o : o with { Person = "" })
            .ToList();
        return new(found, overrides);
    }

    private IReadOnlyList<OnCallOverride> Overrides(Schedule found) =>
        store is null ? found.Overrides : [.. found.Overrides, .. store.ForSchedule(found.Name)];

    private static Schedule Find(OnCallModel current, string schedule) =>
        current.Schedules.TryGetValue(schedule, out var found)
            ? found
            : throw new KeyNotFoundException($"No on-call schedule named '{schedule}'. Schedules: {string.Join(", ", current.Schedules.Keys)}.");
}
