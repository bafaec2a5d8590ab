namespace Bridge.Worker.WriteBack;

/// <summary>One outbox record as <c>GET /outbox</c> and <c>bridge outbox</c> show it.</summary>
public sealed record OutboxRecordView(
    int Id,
    string Key,
    OutboxKind Kind,
    int TicketId,
    string? IncidentId,
    OutboxState State,
    int Attempts,
    string Summary,
    DateTimeOffset CreatedAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? CompletedAt,
    string? LastError,
    string? Outcome,
    int? ConnectWiseId)
{
    public static OutboxRecordView From(OutboxRecord record) => new(
        record.Id,
        record.Key,
        record.Kind,
        record.TicketId,
        record.IncidentId,
        record.State,
        record.Attempts,
        record.Summary,
        record.CreatedAt,
        record.Open ? record.NextAttemptAt : null,
        record.CompletedAt,
        record.LastError,
        record.Outcome,
        record.ConnectWiseId);
}
