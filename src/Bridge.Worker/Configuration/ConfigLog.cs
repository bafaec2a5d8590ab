namespace Bridge.Worker.Configuration;

/// <summary>Configuration reload events, EventIds 9000–9099. Problems are logged after secrets are masked; values never are.</summary>
internal static partial class ConfigLog
{
    [LoggerMessage(EventId = 9000, Level = LogLevel.Information, Message = "Configuration reloaded from {ConfigDirectory}: new {Sections} settings in force")]
    public static partial void Applied(ILogger logger, string configDirectory, string sections);

    [LoggerMessage(EventId = 9001, Level = LogLevel.Warning, Message = "Configuration changed in {Keys}, which the bridge reads only at start: in force after the next restart, the running values stay until then")]
    public static partial void AtRestart(ILogger logger, string keys);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Information, Message = "Configuration files in {ConfigDirectory} changed but no setting did")]
    public static partial void Unchanged(ILogger logger, string configDirectory);

    [LoggerMessage(EventId = 9003, Level = LogLevel.Warning, Message = "Configuration edit in {ConfigDirectory} refused ({ProblemCount} problem(s) below); the configuration applied at {AppliedAt} stays in force")]
    public static partial void Refused(ILogger logger, string configDirectory, int problemCount, DateTimeOffset appliedAt);

    [LoggerMessage(EventId = 9004, Level = LogLevel.Warning, Message = "Configuration edit refused: {Problem}")]
    public static partial void RefusedBecause(ILogger logger, string problem);

    [LoggerMessage(EventId = 9005, Level = LogLevel.Information, Message = "Watching {Files} in {ConfigDirectory}: a valid edit applies without a restart")]
    public static partial void Watching(ILogger logger, string files, string configDirectory);

    [LoggerMessage(EventId = 9006, Level = LogLevel.Error, Message = "Configuration reload failed; the configuration applied at {AppliedAt} stays in force")]
    public static partial void ReloadFailed(ILogger logger, DateTimeOffset appliedAt, Exception exception);

    [LoggerMessage(EventId = 9007, Level = LogLevel.Warning, Message = "Watching the configuration files lost events ({Reason}); reading them again")]
    public static partial void WatcherError(ILogger logger, string reason);
}
