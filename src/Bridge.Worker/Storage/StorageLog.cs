namespace Bridge.Worker.Storage;

internal static partial class StorageLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "State file {Path} opened (durable commits: {Durable})")]
    public static partial void DatabaseOpened(ILogger logger, string path, bool durable);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Error, Message = "State file {Path} could not be read; moved aside to {AsidePath} and starting from an empty one. ConnectWise remains the record; open tickets are re-read from it")]
    public static partial void DatabaseMovedAside(ILogger logger, string path, string asidePath, Exception exception);
}
