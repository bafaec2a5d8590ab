namespace Bridge.Worker.Reporting.Capacity;

/// <summary><c>Reporting:Capacity</c>.</summary>
public sealed class CapacityOptions
{
}
