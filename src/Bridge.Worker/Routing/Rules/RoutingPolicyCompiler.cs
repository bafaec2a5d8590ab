using Bridge.Worker.Routing.Calendar;

namespace Bridge.Worker.Routing.Rules;

/// <summary>
/// Turns <see cref="RoutingOptions"/> into a <see cref="RoutingPolicy"/>, collecting every problem as one
/// line that starts with its configuration key. The validator and the router both use it, so what
/// passes validation is exactly what routing runs on.
/// </summary>
internal static class RoutingPolicyCompiler
{
    private const string Section = RoutingOptions.SectionName;

    public const decimal DefaultMultiplier = 1.5m;

    public static (RoutingPolicy? Policy, IReadOnlyList<string> Problems) Compile(RoutingOptions options)
    {
        var problems = new List<string>();
        var zone = CalendarCompiler.Zone(options.TimeZone, $"{Section}:TimeZone", problems);
        var hours = CalendarCompiler.Hours(options.BusinessHours, $"{Section}:BusinessHours", problems) ?? WeeklyHours.Standard;
        var holidays = CalendarCompiler.Holidays(options.Holidays, $"{Section}:Holidays", problems);
        var priorities = PriorityMapCompiler.Compile(options.Priorities, problems);
        if (string.IsNullOrWhiteSpace(options.DefaultPolicy))
        {
            problems.Add($"{Section}:DefaultPolicy: an escalation policy name is required.");
        }

        var msp = zone is null ? null : new BusinessCalendar(zone, hours, holidays);
        var defaultContract = Contract(options.Default, $"{Section}:Default", null, problems);
        var defaultEmergency = EmergencyRuleCompiler.Compile(
            options.Default.Emergency ?? EmergencyRuleCompiler.Default, $"{Section}:Default:Emergency", priorities, problems);
        var defaultClient = msp is null ? null : new ClientProfile(
            null, $"{Section}:Default", defaultContract, msp, $"{Section}:TimeZone", $"{Section}:BusinessHours", defaultEmergency);

        var clients = new List<ClientProfile>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < (options.Clients?.Count ?? 0); i++)
        {
            var client = options.Clients![i];
            var key = $"{Section}:Clients:{i}";
            if (string.IsNullOrWhiteSpace(client.Company))
            {
                problems.Add($"{key}:Company: the ConnectWise company identifier is required.");
            }
            else if (!seen.Add(client.Company.Trim()))
            {
                problems.Add($"{key}:Company: '{client.Company}' is listed twice.");
            }

            var contract = Contract(client, key, defaultContract, problems);
            var emergency = EmergencyRuleCompiler.Compile(client.Emergency, $"{key}:Emergency", priorities, problems, defaultEmergency);
            var clientZone = client.TimeZone is null ? zone : CalendarCompiler.Zone(client.TimeZone, $"{key}:TimeZone", problems);
            var clientHours = CalendarCompiler.Hours(client.BusinessHours, $"{key}:BusinessHours", problems);
            if (clientZone is not null && !string.IsNullOrWhiteSpace(client.Company))
            {
                clients.Add(new ClientProfile(
                    client.Company.Trim(),
                    key,
                    contract,
                    new BusinessCalendar(clientZone, clientHours ?? hours, holidays),
                    client.TimeZone is null ? $"{Section}:TimeZone" : $"{key}:TimeZone",
                    clientHours is null ? $"{Section}:BusinessHours" : $"{key}:BusinessHours",
                    emergency));
            }
        }

        var scheduled = (options.ScheduledStatuses ?? ["Scheduled"]).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).ToList();
        return problems.Count > 0 || defaultClient is null
            ? (null, problems)
            : (new RoutingPolicy(defaultClient, clients, priorities, options.DefaultPolicy.Trim(), scheduled), problems);
    }

    private static ClientContract Contract(RoutingClientOptions client, string key, ClientContract? fallback, List<string> problems)
    {
        var kind = fallback?.Kind ?? ContractKind.AfterHoursBillable;
        var kindKey = fallback?.ConfigKey ?? $"{key}:Contract";
        if (client.Contract is not null)
        {
            if (Enum.TryParse<ContractKind>(client.Contract.Trim(), ignoreCase: true, out var parsed)
                && Enum.IsDefined(parsed) && !client.Contract.Trim().All(char.IsDigit))
            {
                kind = parsed;
                kindKey = $"{key}:Contract";
            }
            else
            {
                problems.Add($"{key}:Contract: '{client.Contract}' is not a contract (use {string.Join(", ", Enum.GetNames<ContractKind>())}).");
            }
        }

        var multiplier = client.AfterHoursMultiplier ?? fallback?.AfterHoursMultiplier ?? DefaultMultiplier;
        if (multiplier is <= 0 or > 10)
        {
            problems.Add($"{key}:AfterHoursMultiplier: must be above 0 and at most 10, not {client.AfterHoursMultiplier}.");
        }

        return new ClientContract(kind, multiplier, kindKey);
    }
}
