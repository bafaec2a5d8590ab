using Bridge.Worker.Escalation.Incidents;

namespace Bridge.Worker.Escalation;

internal static partial class EscalationLog
{
    [LoggerMessage(EventId = 6000, Level = LogLevel.Information, Message = "Incident {IncidentId} opened for ticket {TicketId} ({Cause}), policy {Policy}, ladder starts {LadderStart:O}")]
    public static partial void Opened(ILogger logger, int incidentId, int ticketId, string cause, string policy, DateTimeOffset ladderStart);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Incident {IncidentId} step {Step} repeat {Repeat}: paging {People} person(s), {Skipped} passed over")]
    public static partial void StepStarted(ILogger logger, int incidentId, int step, int repeat, int people, int skipped);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "Incident {IncidentId} {State} by {Member} via {Via}")]
    public static partial void StateChanged(ILogger logger, int incidentId, IncidentState state, string member, string via);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Information, Message = "Incident {IncidentId} {State}: {Reason}")]
    public static partial void Closed(ILogger logger, int incidentId, IncidentState state, string reason);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information, Message = "Incident {IncidentId} re-planned to {Policy} (ladder {Ladder}): {Reason}")]
    public static partial void Replanned(ILogger logger, int incidentId, string policy, int ladder, string reason);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Warning, Message = "Incident {IncidentId}: a step send interrupted earlier (step {Step}, repeat {Repeat}) is resumed; people already reached are not paged again")]
    public static partial void Resumed(ILogger logger, int incidentId, int step, int repeat);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Error, Message = "Incident {IncidentId} could not run its due steps; the sweeper will try again")]
    public static partial void RunFailed(ILogger logger, int incidentId, Exception exception);

    [LoggerMessage(EventId = 6011, Level = LogLevel.Error, Message = "The escalation alarm could not run the due incidents; the sweeper will")]
    public static partial void AlarmFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 6007, Level = LogLevel.Information, Message = "Escalation timers rebuilt from storage: {Timers} incident(s) with a step due, {Overdue} overdue")]
    public static partial void TimersRebuilt(ILogger logger, int timers, int overdue);

    [LoggerMessage(EventId = 6008, Level = LogLevel.Warning, Message = "Acknowledgement link refused for incident {IncidentId}: {Status}")]
    public static partial void LinkRefused(ILogger logger, int incidentId, string status);

    [LoggerMessage(EventId = 6009, Level = LogLevel.Error, Message = "Escalation configuration does not match the rest of the configuration: {Problem}")]
    public static partial void ReferenceProblem(ILogger logger, string problem);

    [LoggerMessage(EventId = 6010, Level = LogLevel.Warning, Message = "Escalation is off (Escalation:Enabled = false): ticket {TicketId} would have opened an incident ({Why})")]
    public static partial void Disabled(ILogger logger, int ticketId, string why);

    [LoggerMessage(EventId = 6012, Level = LogLevel.Information, Message = "Ticket {TicketId} was entered {Age} ago, before Escalation:ColdStartWindow: its missed internal-response SLA opens no incident")]
    public static partial void OldSlaNotOpened(ILogger logger, int ticketId, TimeSpan age);

    [LoggerMessage(EventId = 6013, Level = LogLevel.Warning, Message = "Incident {IncidentId}: ConnectWise could not say whether anyone worked ticket {TicketId} since the acknowledgement; re-alerting")]
    public static partial void WorkEvidenceFailed(ILogger logger, int incidentId, int ticketId, Exception exception);
}
