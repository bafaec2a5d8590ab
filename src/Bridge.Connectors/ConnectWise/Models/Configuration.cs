namespace Bridge.Connectors.ConnectWise.Models;

/// <summary>A configuration item of a company (<c>/company/configurations</c>): a server, a firewall, a workstation.</summary>
public sealed record Configuration
{
    /// <summary>Configuration id.</summary>
    public int? Id { get; init; }

    /// <summary>Name, e.g. <c>NWD-DC01</c>.</summary>
    public string? Name { get; init; }

    /// <summary>Device identifier, when set.</summary>
    public string? DeviceIdentifier { get; init; }

    /// <summary>The company that owns it.</summary>
    public Reference? Company { get; init; }
}
