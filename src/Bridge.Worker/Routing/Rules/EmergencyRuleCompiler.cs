namespace Bridge.Worker.Routing.Rules;

/// <summary>Reads emergency rules and exclusions; a priority a rule names must be a configured level or one of its names.</summary>
internal static class EmergencyRuleCompiler
{
    /// <summary>Without configuration, a P1 is an emergency and nothing is excluded.</summary>
    public static EmergencyOptions Default { get; } = new()
    {
        Rules = [new EmergencyRuleOptions { Name = "priority-1", Priorities = ["P1"] }],
    };

    public static EmergencyRuleSet Compile(EmergencyOptions? options, string key, PriorityMap priorities, List<string> problems, EmergencyRuleSet? inherited = null)
    {
        if (options is null)
        {
            return inherited ?? EmergencyRuleSet.Empty;
        }

        var rules = Rules(options.Rules, $"{key}:Rules", priorities, problems);
        var exclusions = Rules(options.Exclusions, $"{key}:Exclusions", priorities, problems);
        return inherited is not null && options.InheritDefault
            ? new EmergencyRuleSet([.. rules, .. inherited.Rules], [.. exclusions, .. inherited.Exclusions])
            : new EmergencyRuleSet(rules, exclusions);
    }

    private static List<EmergencyRule> Rules(List<EmergencyRuleOptions>? list, string key, PriorityMap priorities, List<string> problems)
    {
        var rules = new List<EmergencyRule>();
        for (var i = 0; i < (list?.Count ?? 0); i++)
        {
            var options = list![i];
            var ruleKey = $"{key}:{i}";
            var levels = new List<PriorityLevel>();
            var references = options.Priorities ?? [];
            for (var p = 0; p < references.Count; p++)
            {
                var level = priorities.Find(references[p]);
                if (level is null)
                {
                    var known = string.Join(", ", priorities.Levels.Select(l => l.Key));
                    problems.Add($"{ruleKey}:Priorities:{p}: '{references[p]}' is not a configured priority (Routing:Priorities has {known}, or use one of their ConnectWise names).");
                }
                else
                {
                    levels.Add(level);
                }
            }

            var keywords = Clean(options.Keywords);
            var rule = new EmergencyRule
            {
                Name = string.IsNullOrWhiteSpace(options.Name) ? $"rule {i}" : options.Name.Trim(),
                ConfigKey = ruleKey,
                Priorities = levels,
                Boards = Clean(options.Boards),
                Types = Clean(options.Types),
                SubTypes = Clean(options.SubTypes),
                Items = Clean(options.Items),
                ConfigurationItems = Clean(options.ConfigurationItems),
                Keywords = keywords.Select(k => new KeywordMatcher(k)).ToList(),
            };
            var criteria = references.Count + rule.Boards.Count + rule.Types.Count + rule.SubTypes.Count
                + rule.Items.Count + rule.ConfigurationItems.Count + rule.Keywords.Count;
            if (criteria == 0)
            {
                problems.Add($"{ruleKey}: the rule has no criteria (set Priorities, Boards, Types, SubTypes, Items, ConfigurationItems or Keywords).");
                continue;
            }

            rules.Add(rule);
        }

        return rules;
    }

    private static List<string> Clean(List<string>? values) =>
        (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToList();
}
