using System.Globalization;

namespace Bridge.Worker.Reporting.ServiceDesk;

/// <summary>The rules of <c>Reporting:ServiceDesk</c>; each failure names its key under <c>prefix</c>.</summary>
internal static class ServiceDeskOptionsValidator
{
    private static readonly string KindList = string.Join(", ", HourKinds.All);

    public static IEnumerable<string> Failures(ServiceDeskOptions options, string prefix)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        for (var i = 0; i < options.Boards.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(options.Boards[i]))
            {
                failures.Add($"{prefix}:Boards:{Index(i)} is empty.");
            }
        }

        if (options.CacheDuration <= TimeSpan.Zero || options.CacheDuration > TimeSpan.FromDays(1))
        {
            failures.Add($"{prefix}:CacheDuration must be more than zero and at most 1.00:00:00.");
        }

        if (options.AvailableHoursPerDay is <= 0 or > 24)
        {
            failures.Add($"{prefix}:AvailableHoursPerDay must be more than 0 and at most 24.");
        }

        foreach (var (member, hours) in options.Technicians)
        {
            if (string.IsNullOrWhiteSpace(member))
            {
                failures.Add($"{prefix}:Technicians has an empty member identifier.");
            }
            else if (hours is < 0 or > 24)
            {
                failures.Add($"{prefix}:Technicians:{member} must be from 0 to 24 hours a day.");
            }
        }

        for (var i = 0; i < options.HourKinds.Count; i++)
        {
            var rule = options.HourKinds[i];
            var key = $"{prefix}:HourKinds:{Index(i)}";
            if (rule is null || (string.IsNullOrWhiteSpace(rule.WorkType) && string.IsNullOrWhiteSpace(rule.ChargeToType) && string.IsNullOrWhiteSpace(rule.BillableOption)))
            {
                failures.Add($"{key} needs a WorkType, a ChargeToType or a BillableOption to match (DefaultHourKind covers the rest).");
            }

            if (HourKinds.Canonical(rule?.Kind) is null)
            {
                failures.Add($"{key}:Kind must be one of {KindList} (it is '{rule?.Kind}').");
            }
        }

        if (HourKinds.Canonical(options.DefaultHourKind) is null)
        {
            failures.Add($"{prefix}:DefaultHourKind must be one of {KindList} (it is '{options.DefaultHourKind}').");
        }

        return failures;
    }

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);
}
