namespace Bridge.Worker.Routing;

/// <summary>
/// Business hours, holidays, priorities with their SLA and escalation policy, and what each client's
/// contract and emergency definition are. Section <c>Routing</c>. Collections are null when not
/// configured (the binder appends to pre-filled lists), and the defaults are applied when compiled.
/// </summary>
public sealed class RoutingOptions
{
    public const string SectionName = "Routing";

    public const string DefaultTimeZone = "America/New_York";

    /// <summary>The MSP's time zone: an IANA id (America/New_York) or a Windows id (Eastern Standard Time).</summary>
    public string TimeZone { get; set; } = DefaultTimeZone;

    /// <summary>Weekday name → ranges such as "08:00-17:00"; a day not listed is closed. Default Monday–Friday 08:00–17:00.</summary>
    public Dictionary<string, List<string>>? BusinessHours { get; set; }

    /// <summary>Days that are never business days, for every client.</summary>
    public List<HolidayOptions>? Holidays { get; set; }

    /// <summary>Priority levels (P1…P4 by default) with the ConnectWise priorities they match, SLA and policies.</summary>
    public Dictionary<string, PriorityLevelOptions>? Priorities { get; set; }

    /// <summary>Board statuses that mean "the client scheduled this"; the required date is then the scheduled time.</summary>
    public List<string>? ScheduledStatuses { get; set; }

    /// <summary>The escalation policy for a ticket whose priority is not in <see cref="Priorities"/>.</summary>
    public string DefaultPolicy { get; set; } = "default";

    /// <summary>Contract and emergency rules for companies not listed in <see cref="Clients"/>.</summary>
    public RoutingClientOptions Default { get; set; } = new();

    /// <summary>Per client, by ConnectWise company identifier.</summary>
    public List<RoutingClientOptions>? Clients { get; set; }
}
