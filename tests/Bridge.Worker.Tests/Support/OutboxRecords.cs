using Bridge.Worker.WriteBack;

namespace Bridge.Worker.Tests.Support;

/// <summary>Outbox records for store-level tests: a pending internal note, due when created.</summary>
internal static class OutboxRecords
{
    public static OutboxRecord Note(string key, int ticketId, DateTimeOffset at, string? incidentId = null) => new()
    {
        Key = key, Kind = OutboxKind.Note, TicketId = ticketId, IncidentId = incidentId, Payload = "{}", CreatedAt = at, NextAttemptAt = at,
    };
}
