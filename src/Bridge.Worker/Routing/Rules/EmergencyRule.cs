using Bridge.Worker.Ingest;

namespace Bridge.Worker.Routing.Rules;

/// <summary>
/// One emergency rule or exclusion. Every criterion that is set must match (any one of its values);
/// <see cref="Match"/> says what matched, in words, for the decision's reasons.
/// </summary>
internal sealed class EmergencyRule
{
    private static readonly StringComparer Names = StringComparer.OrdinalIgnoreCase;

    public required string Name { get; init; }

    public required string ConfigKey { get; init; }

    public IReadOnlyList<PriorityLevel> Priorities { get; init; } = [];

    public IReadOnlyList<string> Boards { get; init; } = [];

    public IReadOnlyList<string> Types { get; init; } = [];

    public IReadOnlyList<string> SubTypes { get; init; } = [];

    public IReadOnlyList<string> Items { get; init; } = [];

    public IReadOnlyList<string> ConfigurationItems { get; init; } = [];

    public IReadOnlyList<KeywordMatcher> Keywords { get; init; } = [];

    /// <summary>What matched ("priority P1 and keyword 'down' in the summary"), or null when the rule does not apply.</summary>
    public string? Match(TicketSnapshot ticket, PriorityLevel? level)
    {
        var matched = new List<string>();
        if (Priorities.Count > 0)
        {
            if (level is null || !Priorities.Contains(level))
            {
                return null;
            }

            matched.Add($"priority {level.Key}");
        }

        if (!Named("board", Boards, ticket.BoardName, matched)
            || !Named("type", Types, ticket.TypeName, matched)
            || !Named("subtype", SubTypes, ticket.SubTypeName, matched)
            || !Named("item", Items, ticket.ItemName, matched))
        {
            return null;
        }

        if (ConfigurationItems.Count > 0)
        {
            var item = ticket.ConfigurationItems.FirstOrDefault(ci => ConfigurationItems.Contains(ci, Names));
            if (item is null)
            {
                return null;
            }

            matched.Add($"configuration item '{item}'");
        }

        if (Keywords.Count > 0)
        {
            var keyword = Keywords.FirstOrDefault(k => k.IsMatch(ticket.Summary));
            if (keyword is null)
            {
                return null;
            }

            matched.Add($"keyword '{keyword.Keyword}' in the summary");
        }

        return matched.Count == 0 ? null : string.Join(" and ", matched);
    }

    private static bool Named(string what, IReadOnlyList<string> wanted, string? actual, List<string> matched)
    {
        if (wanted.Count == 0)
        {
            return true;
        }

        if (actual is null || !wanted.Contains(actual.Trim(), Names))
        {
            return false;
        }

        matched.Add($"{what} '{actual}'");
        return true;
    }
}
