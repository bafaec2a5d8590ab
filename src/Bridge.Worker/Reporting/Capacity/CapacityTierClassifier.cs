using System.Text.RegularExpressions;
using Bridge.Worker.Reporting.ServiceDesk;

namespace Bridge.Worker.Reporting.Capacity;

/// <summary>
/// <c>Reporting:Capacity:Tiers</c> compiled: the tier of a ticket by its board and type, first matching rule first.
/// A ticket no rule matches is tier 1 (and counted as unmapped, so the table can say how many).
/// </summary>
internal sealed class CapacityTierClassifier
{
    private readonly IReadOnlyList<(Regex? Board, Regex? Type, string Tier)> _rules;

    public CapacityTierClassifier(IEnumerable<CapacityTierRuleOptions> rules)
    {
        _rules = rules
            .Where(r => CapacityTiers.Canonical(r.Tier) is not null)
            .Select(r => (NamePattern.Compile(r.Board), NamePattern.Compile(r.Type), CapacityTiers.Canonical(r.Tier)!))
            .ToList();
    }

    /// <summary>The tier, and whether a rule chose it (false: tier 1 by default).</summary>
    public (string Tier, bool Mapped) Classify(string? board, string? type)
    {
        foreach (var (boardPattern, typePattern, tier) in _rules)
        {
            if (NamePattern.Matches(boardPattern, board) && NamePattern.Matches(typePattern, type))
            {
                return (tier, true);
            }
        }

        return (CapacityTiers.Tier1, false);
    }
}
