using System.Globalization;

namespace Bridge.Worker.Reporting.Capacity;

/// <summary>The rules of <c>Reporting:Capacity</c>; each failure names its key under <c>prefix</c>.</summary>
internal static class CapacityOptionsValidator
{
    private static readonly string TierList = string.Join(", ", CapacityTiers.All);

    public static IEnumerable<string> Failures(CapacityOptions options, string prefix)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        for (var i = 0; i < options.Tiers.Count; i++)
        {
            var rule = options.Tiers[i];
            var key = $"{prefix}:Tiers:{i.ToString(CultureInfo.InvariantCulture)}";
            if (rule is null)
            {
                failures.Add($"{key} is empty.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(rule.Board) && string.IsNullOrWhiteSpace(rule.Type))
            {
                failures.Add($"{key} needs a Board or a Type to match (a ticket no rule matches is tier1 already).");
            }

            if (CapacityTiers.Canonical(rule.Tier) is null)
            {
                failures.Add($"{key}:Tier must be one of {TierList} (it is '{rule.Tier}').");
            }
        }

        foreach (var tier in CapacityTiers.All)
        {
            if (!options.TargetMinutes.ContainsKey(tier))
            {
                failures.Add($"{prefix}:TargetMinutes:{tier} is missing: each tier needs its targeted minutes per ticket.");
            }
        }

        failures.AddRange(PerTier(options.TargetMinutes, $"{prefix}:TargetMinutes", v => v > 0, "must be positive"));
        failures.AddRange(PerTier(options.Technicians, $"{prefix}:Technicians", v => v >= 0, "must not be negative"));
        failures.AddRange(PerTier(options.TicketsPerYear, $"{prefix}:TicketsPerYear", v => v >= 0, "must not be negative"));
        if (options.AvailableHoursPerTechnicianPerYear is <= 0 or > 8_784)
        {
            failures.Add($"{prefix}:AvailableHoursPerTechnicianPerYear must be positive and at most 8784 (the hours of a leap year).");
        }

        if (options.Dispatchers < 0)
        {
            failures.Add($"{prefix}:Dispatchers must not be negative.");
        }

        if (options.TicketsPerDispatcherPerYear <= 0)
        {
            failures.Add($"{prefix}:TicketsPerDispatcherPerYear must be positive.");
        }

        for (var i = 0; i < options.Boards.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(options.Boards[i]))
            {
                failures.Add($"{prefix}:Boards:{i.ToString(CultureInfo.InvariantCulture)} is empty.");
            }
        }

        if (options.CacheDuration <= TimeSpan.Zero || options.CacheDuration > TimeSpan.FromDays(1))
        {
            failures.Add($"{prefix}:CacheDuration must be more than zero and at most 1.00:00:00.");
        }

        return failures;
    }

    private static IEnumerable<string> PerTier<T>(Dictionary<string, T> values, string key, Func<T, bool> valid, string rule)
    {
        foreach (var (tier, value) in values)
        {
            if (CapacityTiers.Canonical(tier) is null)
            {
                yield return $"{key}:{tier} is not a tier: use {TierList}.";
            }
            else if (!valid(value))
            {
                yield return $"{key}:{tier} {rule}.";
            }
        }
    }
}
