namespace Bridge.Worker.Routing;

/// <summary>SLA targets of a priority level. Internal response and escalation run on the wall clock; client response in business time.</summary>
public sealed class SlaOptions
{
    public TimeSpan? InternalResponse { get; set; }

    public TimeSpan? ClientResponse { get; set; }

    public TimeSpan? Escalation { get; set; }
}
