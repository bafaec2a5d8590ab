namespace Bridge.Worker.StatusPage;

/// <summary>Status page events, EventIds 9100–9149 (the demo uses 9150–9199; configuration reload has 9000–9099).</summary>
internal static partial class StatusPageLog
{
    [LoggerMessage(EventId = 9100, Level = LogLevel.Warning, Message = "Status page section {Section} could not be rendered")]
    public static partial void SectionFailed(ILogger logger, string section, Exception exception);

    [LoggerMessage(EventId = 9101, Level = LogLevel.Information, Message = "Status page refused to {Remote}: not in StatusPage:AllowedNetworks")]
    public static partial void Refused(ILogger logger, string remote);
}
