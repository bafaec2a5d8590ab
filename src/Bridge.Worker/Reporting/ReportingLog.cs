namespace Bridge.Worker.Reporting;

/// <summary>Reporting events, EventIds 9900–9949 (the pages and the digest use 9900–9919).</summary>
internal static partial class ReportingLog
{
    [LoggerMessage(EventId = 9900, Level = LogLevel.Error, Message = "Report {Report} for {Period} could not be built")]
    public static partial void ReportFailed(ILogger logger, Exception exception, string report, string period);

    [LoggerMessage(EventId = 9901, Level = LogLevel.Information, Message = "Morning digest for {Day} handed to role {Role}: {Outcome}, told {Told}, no e-mail address for {Missed}")]
    public static partial void DigestSent(ILogger logger, string day, string role, string outcome, string told, string missed);

    [LoggerMessage(EventId = 9902, Level = LogLevel.Warning, Message = "Morning digest for {Day} is sent late ({Late} after {At}): the bridge was not running at the time")]
    public static partial void DigestLate(ILogger logger, string day, TimeSpan late, string at);

    [LoggerMessage(EventId = 9903, Level = LogLevel.Warning, Message = "Morning digest for {Day} not sent: {Reason}")]
    public static partial void DigestSkipped(ILogger logger, string day, string reason);

    [LoggerMessage(EventId = 9904, Level = LogLevel.Error, Message = "Morning digest for {Day} failed; the next try is at {Next}")]
    public static partial void DigestFailed(ILogger logger, Exception exception, string day, string next);
}
