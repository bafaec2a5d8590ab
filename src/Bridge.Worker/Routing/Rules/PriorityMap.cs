namespace Bridge.Worker.Routing.Rules;

/// <summary>Matches a ticket's ConnectWise priority (id first, then name) to a configured level.</summary>
internal sealed class PriorityMap(IReadOnlyList<PriorityLevel> levels)
{
    public IReadOnlyList<PriorityLevel> Levels { get; } = levels;

    public PriorityLevel? Match(int? id, string? name)
    {
        if (id is { } priorityId && Levels.FirstOrDefault(l => l.Ids.Contains(priorityId)) is { } byId)
        {
            return byId;
        }

        return string.IsNullOrWhiteSpace(name) ? null : Levels.FirstOrDefault(l => l.Names.Contains(name.Trim()));
    }

    /// <summary>A level named in a rule, by its key ("P1") or one of its ConnectWise names.</summary>
    public PriorityLevel? Find(string reference) =>
        Levels.FirstOrDefault(l => string.Equals(l.Key, reference.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? Levels.FirstOrDefault(l => l.Names.Contains(reference.Trim()));
}
