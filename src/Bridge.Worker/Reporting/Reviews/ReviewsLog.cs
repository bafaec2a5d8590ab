namespace Bridge.Worker.Reporting.Reviews;

/// <summary>Post-incident review events, EventIds 10500–10519. Review tokens are never logged.</summary>
internal static partial class ReviewsLog
{
    public const string CategoryName = "Bridge.Worker.Reporting.Reviews";

    [LoggerMessage(EventId = 10500, Level = LogLevel.Information, Message = "Review of incident {IncidentId} asked of {Member}: {Outcome}")]
    public static partial void Asked(ILogger logger, int incidentId, string member, string outcome);

    [LoggerMessage(EventId = 10501, Level = LogLevel.Debug, Message = "No review for incident {IncidentId}: {Reason}")]
    public static partial void NotAsked(ILogger logger, string incidentId, string reason);

    [LoggerMessage(EventId = 10502, Level = LogLevel.Information, Message = "Review of incident {IncidentId} {Action} by {Member} via {Via}")]
    public static partial void Submitted(ILogger logger, int incidentId, string action, string member, string via);

    [LoggerMessage(EventId = 10503, Level = LogLevel.Warning, Message = "Review link for incident {IncidentId} refused: {Status}")]
    public static partial void LinkRefused(ILogger logger, int incidentId, string status);

    [LoggerMessage(EventId = 10504, Level = LogLevel.Warning, Message = "Review form for incident {IncidentId} refused: {Problems} problem(s)")]
    public static partial void FormRefused(ILogger logger, int incidentId, int problems);
}
