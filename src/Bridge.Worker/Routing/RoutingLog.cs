namespace Bridge.Worker.Routing;

/// <summary>Routing's log events, EventIds 4000–4099.</summary>
internal static partial class RoutingLog
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Information, Message = "Ticket {TicketId}: {Disposition}, policy {Policy}, billing {Billing}, client {Client}")]
    public static partial void Decided(ILogger logger, int ticketId, Disposition disposition, string policy, string billing, string client);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Error, Message = "Routing priority mapping does not match ConnectWise: {Problem}")]
    public static partial void PriorityNotInConnectWise(ILogger logger, string problem);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Routing priorities checked against ConnectWise: {LevelCount} levels, all found among {PriorityCount} ConnectWise priorities")]
    public static partial void PrioritiesMatch(ILogger logger, int levelCount, int priorityCount);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Routing priorities could not be checked against ConnectWise; they will be checked at the next start")]
    public static partial void PriorityCheckFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "Business hours {State} for {Client} at {Boundary}: {Count} open tickets decided again")]
    public static partial void BoundaryPassed(ILogger logger, string client, string state, DateTimeOffset boundary, int count);
}
