namespace Bridge.Worker.Reporting.ServiceDesk;

/// <summary><c>Reporting:ServiceDesk</c>.</summary>
public sealed class ServiceDeskOptions
{
}
