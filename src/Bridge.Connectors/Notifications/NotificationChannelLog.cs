using Microsoft.Extensions.Logging;

namespace Bridge.Connectors.Notifications;

/// <summary>
/// Source-generated log messages of the channel connectors (EventIds 7000–7049; the worker's delivery log
/// uses 7050–7099). Arguments are kinds, statuses, hosts and masked addresses: never tokens, passwords,
/// full webhook URLs or message text.
/// </summary>
internal static partial class NotificationChannelLog
{
    public const string CategoryName = "Bridge.Connectors.Notifications";

    [LoggerMessage(EventId = 7000, Level = LogLevel.Warning, Message = "Channel {Kind} attempt {Attempt} was not processed ({Outcome}); retrying in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string kind, int attempt, string outcome, double delayMs);

    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Channel {Kind} sent to {Address} (provider id {ProviderMessageId})")]
    public static partial void Sent(ILogger logger, string kind, string address, string? providerMessageId);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning, Message = "Channel {Kind} to {Address} ended {Status}: {Reason}")]
    public static partial void NotSent(ILogger logger, string kind, string address, DeliveryStatus status, string? reason);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Warning, Message = "Channel {Kind} has no usable address for {Address}: {Reason}")]
    public static partial void BadAddress(ILogger logger, string kind, string address, string reason);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Information, Message = "Channel {Kind} wrote the message for {Address} to {File}")]
    public static partial void WrittenToPickup(ILogger logger, string kind, string address, string file);
}
