namespace Bridge.Worker.Routing.Rules;

/// <summary>
/// Reads <c>Routing:Priorities</c>. Unconfigured, the seed table applies (P1–P4 with the ConnectWise
/// default names). A configured level named P1…P4 takes the seed SLA and policies for what it leaves unset.
/// </summary>
internal static class PriorityMapCompiler
{
    private const string Key = RoutingOptions.SectionName + ":Priorities";

    public static IReadOnlyDictionary<string, PriorityLevelOptions> Defaults { get; } = new Dictionary<string, PriorityLevelOptions>(StringComparer.OrdinalIgnoreCase)
    {
        ["P1"] = Level(["Priority 1 - Emergency Response"], "p1-assigned", "p1-unassigned", 0.5, 1, 2),
        ["P2"] = Level(["Priority 2 - Quick Response"], "p2", null, 2, 4, 8),
        ["P3"] = Level(["Priority 3 - Normal Response"], "p3", null, 12, 24, 48),
        ["P4"] = Level(["Priority 4 - Scheduled Maintenance", "Priority 4 - Low"], "p4", null, 24, 48, 96),
    };

    public static PriorityMap Compile(Dictionary<string, PriorityLevelOptions>? configured, List<string> problems)
    {
        var levels = new List<PriorityLevel>();
        var ids = new Dictionary<int, string>();
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, options) in configured ?? Defaults.ToDictionary())
        {
            var levelKey = $"{Key}:{key}";
            Defaults.TryGetValue(key, out var seed);
            foreach (var id in options.Ids ?? [])
            {
                if (!ids.TryAdd(id, key))
                {
                    problems.Add($"{levelKey}:Ids: priority id {id} is already mapped to {ids[id]}.");
                }
            }

            var levelNames = (options.Names ?? (options.Ids is null ? seed?.Names : null) ?? []).Select(n => n.Trim()).ToList();
            foreach (var name in levelNames)
            {
                if (!names.TryAdd(name, key))
                {
                    problems.Add($"{levelKey}:Names: priority '{name}' is already mapped to {names[name]}.");
                }
            }

            if (levelNames.Count == 0 && (options.Ids ?? []).Count == 0)
            {
                problems.Add($"{levelKey}: no ConnectWise priority names or ids; a ticket can never have this level.");
            }

            var sla = options.Sla ?? seed?.Sla ?? new SlaOptions();
            CheckPositive(sla.InternalResponse, $"{levelKey}:Sla:InternalResponse", problems);
            CheckPositive(sla.ClientResponse, $"{levelKey}:Sla:ClientResponse", problems);
            CheckPositive(sla.Escalation, $"{levelKey}:Sla:Escalation", problems);
            levels.Add(new PriorityLevel(
                key,
                (options.Ids ?? []).ToHashSet(),
                levelNames.ToHashSet(StringComparer.OrdinalIgnoreCase),
                new SlaTargets(sla.InternalResponse, sla.ClientResponse, sla.Escalation),
                options.Policy ?? seed?.Policy ?? key.ToLowerInvariant(),
                options.UnassignedPolicy ?? (options.Policy is null ? seed?.UnassignedPolicy : null),
                levelKey,
                Blank(options.BusinessHoursPolicy),
                Blank(options.BusinessHoursUnassignedPolicy)));
        }

        return new PriorityMap(levels);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static void CheckPositive(TimeSpan? value, string key, List<string> problems)
    {
        if (value is { } span && span <= TimeSpan.Zero)
        {
            problems.Add($"{key}: must be a positive duration such as \"01:00:00\", not '{span}'.");
        }
    }

    private static PriorityLevelOptions Level(List<string> names, string policy, string? unassigned, double internalHours, double clientHours, double escalationHours) => new()
    {
        Names = names,
        Policy = policy,
        UnassignedPolicy = unassigned,
        Sla = new SlaOptions
        {
            InternalResponse = TimeSpan.FromHours(internalHours),
            ClientResponse = TimeSpan.FromHours(clientHours),
            Escalation = TimeSpan.FromHours(escalationHours),
        },
    };
}
