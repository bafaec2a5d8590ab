namespace Bridge.Worker.OnCall;

/// <summary>The validated on-call configuration: people by member identifier, roles, schedules by name.</summary>
internal sealed class OnCallModel(
    IReadOnlyDictionary<string, Person> people,
    IReadOnlyDictionary<string, IReadOnlyList<Person>> roles,
    IReadOnlyDictionary<string, Schedule> schedules)
{
    public static OnCallModel Empty { get; } = new(
        new Dictionary<string, Person>(StringComparer.OrdinalIgnoreCase),
        new Dictionary<string, IReadOnlyList<Person>>(StringComparer.OrdinalIgnoreCase),
        new Dictionary<string, Schedule>(StringComparer.OrdinalIgnoreCase));

    public IReadOnlyDictionary<string, Person> People { get; } = people;

    public IReadOnlyDictionary<string, IReadOnlyList<Person>> Roles { get; } = roles;

    public IReadOnlyDictionary<string, Schedule> Schedules { get; } = schedules;
}
