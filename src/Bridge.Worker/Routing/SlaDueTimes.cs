namespace Bridge.Worker.Routing;

/// <summary>
/// When the SLA targets fall due. The clock starts when the ticket was entered (or, for a ticket that
/// waits for the next business morning, at that opening). Client response counts business time only.
/// </summary>
internal sealed record SlaDueTimes(
    DateTimeOffset ClockStart,
    DateTimeOffset? InternalResponse,
    DateTimeOffset? ClientResponse,
    DateTimeOffset? Escalation)
{
    public static SlaDueTimes None(DateTimeOffset start) => new(start, null, null, null);
}
