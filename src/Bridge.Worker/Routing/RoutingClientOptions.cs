namespace Bridge.Worker.Routing;

/// <summary>One client (or the default for unlisted ones): contract, optional own zone and hours, emergency rules.</summary>
public sealed class RoutingClientOptions
{
    /// <summary>The ConnectWise company identifier, e.g. "ContosoLaw" (unused on the default).</summary>
    public string? Company { get; set; }

    /// <summary><c>Included24x7</c>, <c>AfterHoursBillable</c> or <c>BusinessHoursOnly</c>; unset takes the default's.</summary>
    public string? Contract { get; set; }

    /// <summary>Rate multiplier for after-hours work on an <c>AfterHoursBillable</c> contract (default 1.5).</summary>
    public decimal? AfterHoursMultiplier { get; set; }

    /// <summary>The client's own time zone when it differs from the MSP's.</summary>
    public string? TimeZone { get; set; }

    /// <summary>The client's own business hours, same form as <see cref="RoutingOptions.BusinessHours"/>.</summary>
    public Dictionary<string, List<string>>? BusinessHours { get; set; }

    /// <summary>What this client calls an emergency, and what it declared non-critical.</summary>
    public EmergencyOptions? Emergency { get; set; }
}
