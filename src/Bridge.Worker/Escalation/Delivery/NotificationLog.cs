namespace Bridge.Worker.Escalation.Delivery;

/// <summary>
/// Delivery log messages (EventIds 7050–7099; the channel connectors use 7000–7049). Addresses are masked
/// with <see cref="Bridge.Connectors.Notifications.AddressMask"/>; tokens, links and message text never appear.
/// </summary>
internal static partial class NotificationLog
{
    public const string CategoryName = "Bridge.Worker.Notifications";

    [LoggerMessage(EventId = 7050, Level = LogLevel.Information, Message = "Incident {IncidentId} step {Step}: paged {PersonId} via {Kind} {Address}")]
    public static partial void Paged(ILogger logger, string incidentId, int step, string personId, string kind, string address);

    [LoggerMessage(EventId = 7051, Level = LogLevel.Warning, Message = "Incident {IncidentId} step {Step}: {Kind} {Address} for {PersonId} ended {State}: {Reason}; trying the next contact method")]
    public static partial void AttemptFailed(ILogger logger, string incidentId, int step, string kind, string address, string personId, DeliveryState state, string? reason);

    [LoggerMessage(EventId = 7052, Level = LogLevel.Error, Message = "Incident {IncidentId} step {Step}: no contact method of {PersonId} took the page ({Attempts} attempts); the next escalation step is the safety net")]
    public static partial void AllMethodsFailed(ILogger logger, string incidentId, int step, string personId, int attempts);

    [LoggerMessage(EventId = 7053, Level = LogLevel.Information, Message = "Incident {IncidentId}: page {DedupKey} already reached {PersonId} via {Kind}; not sent again")]
    public static partial void AlreadySent(ILogger logger, string incidentId, string dedupKey, string personId, string kind);

    [LoggerMessage(EventId = 7054, Level = LogLevel.Information, Message = "Incident {IncidentId}: {Kind} {Address} skipped: {Reason}")]
    public static partial void MethodSkipped(ILogger logger, string incidentId, string kind, string address, string reason);

    [LoggerMessage(EventId = 7055, Level = LogLevel.Information, Message = "Incident {IncidentId} step {Step}: shadow mode, would have paged {PersonId} via {Kind} {Address}; nothing sent")]
    public static partial void Shadowed(ILogger logger, string incidentId, int step, string personId, string kind, string address);

    [LoggerMessage(EventId = 7060, Level = LogLevel.Error, Message = "Channel {Kind} failed {Count} times in a row (last: {Reason}); reported on /health/ready")]
    public static partial void ChannelFailing(ILogger logger, string kind, int count, string? reason);

    [LoggerMessage(EventId = 7061, Level = LogLevel.Information, Message = "Channel {Kind} delivers again after {Count} failures")]
    public static partial void ChannelRecovered(ILogger logger, string kind, int count);

    [LoggerMessage(EventId = 7070, Level = LogLevel.Warning, Message = "Inbound SMS request refused: {Reason}")]
    public static partial void InboundRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 7071, Level = LogLevel.Information, Message = "SMS reply from {From} acknowledged incident {IncidentId} ({Status})")]
    public static partial void InboundAcknowledged(ILogger logger, string from, string incidentId, string status);

    [LoggerMessage(EventId = 7072, Level = LogLevel.Information, Message = "SMS reply from {From} matched no page; answered with help")]
    public static partial void InboundUnmatched(ILogger logger, string from);

    [LoggerMessage(EventId = 7073, Level = LogLevel.Information, Message = "SMS receipt for {ProviderMessageId}: {State}")]
    public static partial void ReceiptApplied(ILogger logger, string providerMessageId, DeliveryState state);

    [LoggerMessage(EventId = 7080, Level = LogLevel.Information, Message = "Incident {IncidentId} acknowledged by {By} via {Via}")]
    public static partial void Acknowledged(ILogger logger, string incidentId, string by, string via);

    [LoggerMessage(EventId = 7085, Level = LogLevel.Information, Message = "Notice {Key} for {Audience}: handed to {People} people, {Missed} without a contact method")]
    public static partial void NoticeQueued(ILogger logger, string key, string audience, int people, int missed);

    [LoggerMessage(EventId = 7086, Level = LogLevel.Warning, Message = "Notice {Key}: no contact method of {PersonId} took it ({Attempts} attempts)")]
    public static partial void NoticeNotDelivered(ILogger logger, string key, string personId, int attempts);
}
