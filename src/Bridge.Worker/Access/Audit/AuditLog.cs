namespace Bridge.Worker.Access.Audit;

/// <summary>Audit trail events, EventIds 9800–9819. Details stay in the trail itself: the log says only that it moved.</summary>
internal static partial class AuditLog
{
    [LoggerMessage(EventId = 9800, Level = LogLevel.Information, Message = "Audit: {Actor} {Action} {Subject} (via {Via})")]
    public static partial void Recorded(ILogger logger, string actor, string action, string subject, string via);

    [LoggerMessage(EventId = 9801, Level = LogLevel.Information, Message = "Audit trail: {Count} entr(y/ies) older than {Cutoff} deleted (retention {Retention})")]
    public static partial void Swept(ILogger logger, int count, DateTimeOffset cutoff, TimeSpan retention);

    [LoggerMessage(EventId = 9802, Level = LogLevel.Error, Message = "Audit trail sweep failed; it runs again in an hour")]
    public static partial void SweepFailed(ILogger logger, Exception exception);
}
