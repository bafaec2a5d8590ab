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

    [LoggerMessage(EventId = 2040, Level = LogLevel.Information, Message = "Ticket {TicketId}: two versions with one lastUpdated second and different content; read again, and the read taken as current")]
    public static partial void SameSecondSettled(ILogger logger, int ticketId);

    [LoggerMessage(EventId = 2041, Level = LogLevel.Warning, Message = "Ticket {TicketId}: two versions share one lastUpdated second and the ticket could not be read again; the next poll tries again")]
    public static partial void SameSecondUnsettled(ILogger logger, int ticketId, Exception exception);

    [LoggerMessage(EventId = 2042, Level = LogLevel.Warning, Message = "Ticket {TicketId}: its configuration items could not be read ({StatusCode} {Code}); routed on what was known of them. Check that the API member may read configurations")]
    public static partial void ConfigurationItemsUnreadable(ILogger logger, int ticketId, int statusCode, string code);

    [LoggerMessage(EventId = 2043, Level = LogLevel.Information, Message = "Ticket {TicketId} was deleted in ConnectWise (via {Source})")]
    public static partial void Deleted(ILogger logger, int ticketId, ChangeSource source);

    [LoggerMessage(EventId = 2044, Level = LogLevel.Warning, Message = "Poll {Scope}: the answers carried no Date header, so the watermark moves to the newest lastUpdated read; a ticket saved during a long scan is caught by the overlap only")]
    public static partial void PollWithoutServerDate(ILogger logger, string scope);

    [LoggerMessage(EventId = 2045, Level = LogLevel.Information, Message = "The bridge writes to ConnectWise as member {Member}: its own changes coming back are not read as a person's")]
    public static partial void MemberFound(ILogger logger, string member);

    [LoggerMessage(EventId = 2046, Level = LogLevel.Warning, Message = "ConnectWise did not say which member the keys belong to (system/myAccount answered {StatusCode}); set ConnectWise:MemberIdentifier so the bridge's own writes coming back are recognised")]
    public static partial void MemberUnknown(ILogger logger, int statusCode);

    [LoggerMessage(EventId = 2047, Level = LogLevel.Warning, Message = "Could not ask ConnectWise which member the keys belong to; trying again in a minute")]
    public static partial void MemberLookupFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2048, Level = LogLevel.Information, Message = "Moved {Count} callback inbox entries from the state file into the inbox file {InboxPath}")]
    public static partial void InboxMoved(ILogger logger, int count, string inboxPath);

    [LoggerMessage(EventId = 2049, Level = LogLevel.Information, Message = "Callbacks slowed after {AllocatedMegabytes} MB allocated: heap compacted, working set {BeforeMegabytes} MB -> {AfterMegabytes} MB")]
    public static partial void HeapTrimmed(ILogger logger, long allocatedMegabytes, long beforeMegabytes, long afterMegabytes);
}
