namespace Bridge.Worker.Reporting.ServiceDesk;

/// <summary>The ConnectWise-reading reports' log (service desk, capacity): EventIds 9960–9969.</summary>
internal static partial class ServiceDeskLog
{
    [LoggerMessage(EventId = 9960, Level = LogLevel.Warning, Message = "Report {Report}: {Figure} could not be read from ConnectWise ({Reason}); the report says so and is read again on the next view")]
    public static partial void FigureNotRead(ILogger logger, string report, string figure, string reason, Exception exception);

    [LoggerMessage(EventId = 9961, Level = LogLevel.Debug, Message = "Report {Report} for {Period} read from ConnectWise in {Requests} requests")]
    public static partial void Read(ILogger logger, string report, string period, int requests);
}
