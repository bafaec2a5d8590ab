namespace Bridge.Connectors.ConnectWise.Models;

/// <summary>
/// A configuration item attached to a ticket, as <c>service/tickets/{id}/configurations</c> lists it: id and device
/// identifier only. The name is on the configuration itself (<see cref="Configuration"/>).
/// </summary>
public sealed record ConfigurationReference
{
    /// <summary>Configuration id.</summary>
    public int? Id { get; init; }

    /// <summary>Device identifier, when the configuration has one.</summary>
    public string? DeviceIdentifier { get; init; }
}
