namespace Bridge.Worker.Watch;

/// <summary>Self-watch events, EventIds 9600–9649. The heartbeat URL is logged masked (host only): it is the monitor's credential.</summary>
internal static partial class WatchLog
{
    [LoggerMessage(EventId = 9600, Level = LogLevel.Warning, Message = "Self-watch: alarm {Cause} raised: {Detail}")]
    public static partial void AlarmRaised(ILogger logger, string cause, string detail);

    [LoggerMessage(EventId = 9601, Level = LogLevel.Information, Message = "Self-watch: alarm {Cause} handed to role {Role}: {Outcome}, {People} person(s)")]
    public static partial void AlarmTold(ILogger logger, string cause, string role, string outcome, int people);

    [LoggerMessage(EventId = 9602, Level = LogLevel.Information, Message = "Self-watch: alarm {Cause} cleared after {Duration}; all-clear to role {Role}: {Outcome}")]
    public static partial void AlarmCleared(ILogger logger, string cause, string role, string outcome, TimeSpan duration);

    [LoggerMessage(EventId = 9603, Level = LogLevel.Debug, Message = "Heartbeat to {Monitor} answered {StatusCode}")]
    public static partial void HeartbeatSent(ILogger logger, string monitor, int statusCode);

    [LoggerMessage(EventId = 9604, Level = LogLevel.Warning, Message = "Heartbeat to {Monitor} failed: {Reason}")]
    public static partial void HeartbeatFailed(ILogger logger, string monitor, string reason);

    [LoggerMessage(EventId = 9605, Level = LogLevel.Warning, Message = "Heartbeat withheld (the monitor will alarm if this lasts): {Reason}")]
    public static partial void HeartbeatWithheld(ILogger logger, string reason);

    [LoggerMessage(EventId = 9606, Level = LogLevel.Warning, Message = "Self-watch: the clock moved {By} away from the time that passed")]
    public static partial void ClockJumped(ILogger logger, TimeSpan by);

    [LoggerMessage(EventId = 9607, Level = LogLevel.Error, Message = "Self-watch: a pass failed; the next one runs as planned")]
    public static partial void PassFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 9610, Level = LogLevel.Information, Message = "Canary {Week}: incident {IncidentId} opened for {Person} on {Schedule}")]
    public static partial void CanaryOpened(ILogger logger, string week, int incidentId, string person, string schedule);

    [LoggerMessage(EventId = 9611, Level = LogLevel.Warning, Message = "Canary {Week}: not sent: {Reason}")]
    public static partial void CanarySkipped(ILogger logger, string week, string reason);

    [LoggerMessage(EventId = 9612, Level = LogLevel.Information, Message = "Canary incident {IncidentId} closed: {Reason}")]
    public static partial void CanaryClosed(ILogger logger, int incidentId, string reason);
}
