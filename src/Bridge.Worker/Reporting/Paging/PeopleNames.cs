using Bridge.Worker.OnCall;

namespace Bridge.Worker.Reporting.Paging;

/// <summary>A person's name as the report writes it: from the timeline lines, then the configured people, else the member identifier.</summary>
internal sealed class PeopleNames
{
    private readonly Dictionary<string, string> _names = new(StringComparer.OrdinalIgnoreCase);

    public PeopleNames(IEnumerable<IncidentFacts> facts, IReadOnlyDictionary<string, string> configured)
    {
        foreach (var (member, name) in configured)
        {
            _names[member] = name;
        }

        foreach (var line in facts.SelectMany(f => f.Lines).Where(l => l.PersonId is not null && !string.IsNullOrWhiteSpace(l.PersonName)))
        {
            _names.TryAdd(line.PersonId!, line.PersonName!);
        }
    }

    /// <summary>Member identifier → name of the people in <c>OnCall:People</c> (the first of a member listed twice).</summary>
    public static IReadOnlyDictionary<string, string> Configured(OnCallOptions options) =>
        options.People.Where(p => !string.IsNullOrWhiteSpace(p.Member) && !string.IsNullOrWhiteSpace(p.Name))
            .GroupBy(p => p.Member, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.OrdinalIgnoreCase);

    public string Of(string? member) => member is null ? "(nobody named)" : _names.GetValueOrDefault(member) ?? member;
}
