namespace Bridge.Worker.Ingest;

/// <summary>Writes one log line per change; the stand-in next stage until routing registers its own handler.</summary>
internal sealed class LoggingTicketChangeHandler(ILogger<LoggingTicketChangeHandler> logger) : ITicketChangeHandler
{
    public Task HandleAsync(TicketChange change, CancellationToken ct)
    {
        IngestLog.Change(logger, change.TicketId, change.Kind, change.Field, change.OldValue, change.NewValue, change.Source, change.LastUpdated, change.Ticket.Summary);
        return Task.CompletedTask;
    }
}
