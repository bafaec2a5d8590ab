namespace Bridge.Worker.WriteBack;

internal static partial class WriteBackLog
{
    [LoggerMessage(EventId = 8000, Level = LogLevel.Debug, Message = "Read {Lines} timeline line(s) up to {LastEntryId}: {Records} outbox record(s) added")]
    public static partial void Planned(ILogger logger, int lines, int records, int lastEntryId);

    [LoggerMessage(EventId = 8001, Level = LogLevel.Information, Message = "Outbox {RecordId} ({Key}) for ticket {TicketId}: {State}: {Text}")]
    public static partial void Completed(ILogger logger, int recordId, string key, int ticketId, OutboxState state, string text);

    [LoggerMessage(EventId = 8002, Level = LogLevel.Warning, Message = "Outbox {RecordId} ({Key}) for ticket {TicketId} parked after attempt {Attempt}: {Error}")]
    public static partial void Parked(ILogger logger, int recordId, string key, int ticketId, int attempt, string error);

    [LoggerMessage(EventId = 8003, Level = LogLevel.Warning, Message = "Outbox {RecordId} ({Key}) for ticket {TicketId} attempt {Attempt} failed ({Kind}); next attempt in {RetryIn}: {Error}")]
    public static partial void AttemptFailed(ILogger logger, int recordId, string key, int ticketId, int attempt, FailureKind kind, TimeSpan retryIn, string error);

    [LoggerMessage(EventId = 8004, Level = LogLevel.Warning, Message = "ConnectWise is not taking writes; the outbox waits {Wait} before the next one")]
    public static partial void Paused(ILogger logger, TimeSpan wait);

    [LoggerMessage(EventId = 8005, Level = LogLevel.Warning, Message = "{Count} outbox record(s) were in flight when the service stopped; each is looked up before it is sent again")]
    public static partial void Interrupted(ILogger logger, int count);

    [LoggerMessage(EventId = 8010, Level = LogLevel.Critical, Message = "Write-back holds every write until this is fixed: {Problem}")]
    public static partial void ConfigurationMismatch(ILogger logger, string problem);

    [LoggerMessage(EventId = 8011, Level = LogLevel.Information, Message = "Write-back names checked against ConnectWise: {Boards} board(s) mapped, {WorkTypes} work type setting(s)")]
    public static partial void TargetsResolved(ILogger logger, int boards, int workTypes);

    [LoggerMessage(EventId = 8012, Level = LogLevel.Warning, Message = "Write-back could not check its names against ConnectWise; trying again in {RetryIn}")]
    public static partial void TargetCheckFailed(ILogger logger, TimeSpan retryIn, Exception exception);

    [LoggerMessage(EventId = 8020, Level = LogLevel.Error, Message = "Outbox pass failed; trying again on the next pass")]
    public static partial void PassFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 8030, Level = LogLevel.Information, Message = "Time entry {EntryId} on ticket {TicketId} by {Member}: {Billing}, work type {WorkType}, expected {Expected}: {Verdict}")]
    public static partial void TimeEntryClassified(ILogger logger, int entryId, int ticketId, string member, string billing, string workType, string expected, string verdict);

    [LoggerMessage(EventId = 8031, Level = LogLevel.Warning, Message = "Reading technicians' time entries failed; trying again at the next interval")]
    public static partial void TimeEntryReviewFailed(ILogger logger, Exception exception);
}
