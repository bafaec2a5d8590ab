using System.Text.RegularExpressions;
using Bridge.Worker.Routing;

namespace Bridge.Worker.Reporting.Reviews;

/// <summary>
/// The emergency rule behind an incident: the latest routing decision for its ticket recorded by the time it opened,
/// and in that decision's reasons (each "[rule] text (config key)") the first emergency rule that matched.
/// </summary>
internal static partial class OpeningRule
{
    /// <summary>The rule's name and configuration key, or null when the decision named no matching rule.</summary>
    public static (string Name, string ConfigKey)? Of(IReadOnlyList<RoutingDecisionRecord> decisions, DateTimeOffset openedAt)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        var opening = decisions.Where(d => d.RecordedAt <= openedAt).OrderBy(d => d.RecordedAt).ThenBy(d => d.Id).LastOrDefault(d => d.Emergency)
            ?? decisions.Where(d => d.RecordedAt <= openedAt).OrderBy(d => d.RecordedAt).ThenBy(d => d.Id).LastOrDefault();
        return opening is null ? null : FromReasons(opening.Reasons);
    }

    public static (string Name, string ConfigKey)? FromReasons(IEnumerable<string> reasons)
    {
        foreach (var reason in reasons)
        {
            if (Matched().Match(reason) is { Success: true } m)
            {
                return (m.Groups["name"].Value, m.Groups["key"].Value);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\[emergency-rule\] emergency rule '(?<name>.*?)' matched .*\((?<key>[^()]+)\)$")]
    private static partial Regex Matched();
}
