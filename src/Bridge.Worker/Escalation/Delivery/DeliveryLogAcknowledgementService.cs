namespace Bridge.Worker.Escalation.Delivery;

/// <summary>
/// The stand-in acknowledgement until the escalation engine exists: records the acknowledgement in the
/// incident's delivery timeline (once) and nothing else. Registered with <c>TryAdd</c>, so the engine's own
/// registration replaces it.
/// </summary>
internal sealed class DeliveryLogAcknowledgementService(DeliveryLogRepository log, TimeProvider time, ILoggerFactory loggers) : IAcknowledgementService
{
    private readonly ILogger _logger = loggers.CreateLogger(NotificationLog.CategoryName);

    public Task<AckResult> AcknowledgeAsync(string incidentId, string personOrAddress, string via, CancellationToken cancellationToken)
    {
        var timeline = log.Timeline(incidentId);
        if (timeline.Count == 0)
        {
            return Task.FromResult(new AckResult(AckStatus.NotFound, incidentId, "No such incident."));
        }

        if (timeline.Any(r => r.State == DeliveryState.Acknowledged))
        {
            return Task.FromResult(new AckResult(AckStatus.AlreadyAcknowledged, incidentId, $"Ticket #{timeline[0].TicketId} was already acknowledged."));
        }

        log.RecordAcknowledgement(incidentId, timeline[0].TicketId, personOrAddress, via, time.GetUtcNow());
        NotificationLog.Acknowledged(_logger, incidentId, Bridge.Connectors.Notifications.AddressMask.For(personOrAddress), via);
        return Task.FromResult(new AckResult(AckStatus.Acknowledged, incidentId, $"Acknowledged ticket #{timeline[0].TicketId}. Thank you."));
    }
}
