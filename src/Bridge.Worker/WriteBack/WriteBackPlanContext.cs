using NodaTime;

namespace Bridge.Worker.WriteBack;

/// <summary>
/// What the planner needs besides the timeline line: the options, the MSP's zone and the instant. Everything about
/// the ticket (billing class, record type, contact, status seen) comes with the line (<see cref="Escalation.Timeline.TimelineEntry.Ticket"/>).
/// </summary>
internal sealed record WriteBackPlanContext(WriteBackOptions Options, DateTimeZone Zone, DateTimeOffset Now);
