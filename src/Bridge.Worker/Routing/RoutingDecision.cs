using Bridge.Worker.Kernel;
using Bridge.Worker.Routing.Rules;

namespace Bridge.Worker.Routing;

/// <summary>What routing decided for a ticket at an instant, and why, in order.</summary>
internal sealed record RoutingDecision
{
    public required int TicketId { get; init; }

    /// <summary>The instant the decision is for, in the client's zone offset.</summary>
    public required DateTimeOffset At { get; init; }

    public required Disposition Disposition { get; init; }

    /// <summary>The client profile applied: the company identifier, or null for the default.</summary>
    public string? Client { get; init; }

    public required ContractKind Contract { get; init; }

    public required BillingClass Billing { get; init; }

    public required bool Emergency { get; init; }

    /// <summary>Within business hours at <see cref="At"/>.</summary>
    public required bool BusinessHours { get; init; }

    /// <summary>The priority level (P1…), or null when the ticket's priority is not mapped.</summary>
    public string? PriorityLevel { get; init; }

    /// <summary>The escalation policy to run (policies are defined by the escalation capability).</summary>
    public required string EscalationPolicy { get; init; }

    /// <summary>Within business hours, the desk's ladder for the level (<c>Routing:Priorities:…:BusinessHoursPolicy</c>); null: only the SLA clocks.</summary>
    public string? BusinessHoursPolicy { get; init; }

    public required SlaDueTimes Sla { get; init; }

    /// <summary>The client's next business opening at or after <see cref="At"/>.</summary>
    public required DateTimeOffset NextBusinessOpening { get; init; }

    public required IReadOnlyList<RoutingReason> Reasons { get; init; }

    /// <summary>The configuration the decision was made under; null for a decision not recorded (a file's <c>explain</c>) or stored before versions.</summary>
    public ConfigurationVersion? Configuration { get; init; }
}
