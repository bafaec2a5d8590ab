namespace Bridge.Worker.Ingest;

/// <summary>
/// Writes one log line per change. A change to nothing the bridge tracks (a note, a time entry: most of them the
/// bridge's own write-back coming back as a callback) is a Debug line, so the log shows what moved.
/// </summary>
internal sealed class LoggingTicketChangeHandler(ILogger<LoggingTicketChangeHandler> logger) : ITicketChangeHandler
{
    public Task HandleAsync(TicketChange change, CancellationToken ct)
    {
        if (change.Kind == TicketChangeKind.Updated)
        {
            IngestLog.Touched(logger, change.TicketId, change.Source, change.LastUpdated, change.Ticket.UpdatedBy);
        }
        else
        {
            IngestLog.Change(logger, change.TicketId, change.Kind, change.Field, change.OldValue, change.NewValue, change.Source, change.LastUpdated, change.Ticket.Summary);
        }

        return Task.CompletedTask;
    }
}
