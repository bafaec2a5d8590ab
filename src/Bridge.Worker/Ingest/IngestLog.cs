namespace Bridge.Worker.Ingest;

internal static partial class IngestLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Ticket {TicketId} {Kind} {Field} {OldValue} -> {NewValue} via {Source} (ConnectWise version {LastUpdated:O}): {Summary}")]
    public static partial void Change(ILogger logger, int ticketId, TicketChangeKind kind, string field, string? oldValue, string? newValue, ChangeSource source, DateTimeOffset lastUpdated, string? summary);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Debug, Message = "Ticket {TicketId} updated by {UpdatedBy} via {Source} (ConnectWise version {LastUpdated:O}): no tracked field changed")]
    public static partial void Touched(ILogger logger, int ticketId, ChangeSource source, DateTimeOffset lastUpdated, string? updatedBy);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Callback refused with {StatusCode}: {Reason}")]
    public static partial void CallbackRefused(ILogger logger, int statusCode, string reason);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Debug, Message = "Callback {Type} {Action} {RecordId} stored (verified: {Verified}, duplicate: {Duplicate})")]
    public static partial void CallbackStored(ILogger logger, string type, string action, long recordId, bool verified, bool duplicate);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Callback for {Type} {RecordId} stored unverified: {Reason}; it is verified again before use, and only as a hint")]
    public static partial void CallbackStoredUnverified(ILogger logger, string type, long recordId, string reason);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Stored callback {InboxId} for {Type} {RecordId} rejected: {Reason}")]
    public static partial void InboxEntryRejected(ILogger logger, long inboxId, string type, long recordId, string reason);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Ticket {TicketId} could not be fetched (attempt {Attempt}); the callback stays in the inbox")]
    public static partial void FetchFailed(ILogger logger, int ticketId, int attempt, Exception exception);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Error, Message = "Inbox processing failed; retrying on the next sweep")]
    public static partial void InboxFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Error, Message = "Change handler {Handler} failed on ticket {TicketId} {Kind}; it gets the change again on the next pass")]
    public static partial void HandlerFailed(ILogger logger, string handler, int ticketId, TicketChangeKind kind, Exception exception);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Information, Message = "Poll {Scope}: {Mode}, {Tickets} ticket(s) read, {Changes} change(s), watermark {Watermark:O}")]
    public static partial void PollCompleted(ILogger logger, string scope, string mode, int tickets, int changes, DateTimeOffset? watermark);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Warning, Message = "Poll {Scope} failed; the next poll starts again from the same watermark")]
    public static partial void PollFailed(ILogger logger, string scope, Exception exception);

    [LoggerMessage(EventId = 2020, Level = LogLevel.Information, Message = "Callback registration {Action}: {Level} {ObjectId} ({Description}) id {RegistrationId}")]
    public static partial void Registration(ILogger logger, string action, string level, int objectId, string description, int? registrationId);

    [LoggerMessage(EventId = 2021, Level = LogLevel.Warning, Message = "Callback registration failed; retrying in {RetryIn}. Polling covers the gap")]
    public static partial void RegistrationFailed(ILogger logger, TimeSpan retryIn, Exception exception);

    [LoggerMessage(EventId = 2022, Level = LogLevel.Error, Message = "Ingest:Boards names board '{Board}', which ConnectWise does not know; no callback is registered for it")]
    public static partial void UnknownBoard(ILogger logger, string board);

    [LoggerMessage(EventId = 2023, Level = LogLevel.Information, Message = "Shadow mode: callback registrations left as they are; live mode would {Plan}")]
    public static partial void RegistrationShadowed(ILogger logger, string plan);

    [LoggerMessage(EventId = 2030, Level = LogLevel.Warning, Message = "Ingest:CallbackSecret is empty: the callback endpoint relies on the signature check alone")]
    public static partial void NoCallbackSecret(ILogger logger);
}
