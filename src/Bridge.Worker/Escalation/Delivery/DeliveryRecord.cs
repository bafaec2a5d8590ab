using LiteDB;

namespace Bridge.Worker.Escalation.Delivery;

/// <summary>
/// One line of an incident's delivery timeline: a send attempt through one contact method, or an
/// acknowledgement. Stored in LiteDB collection <c>delivery_log</c>.
/// </summary>
public sealed class DeliveryRecord
{
    public int Id { get; set; }

    public string IncidentId { get; set; } = "";

    public long TicketId { get; set; }

    public string DedupKey { get; set; } = "";

    public int Step { get; set; }

    public string PersonId { get; set; } = "";

    /// <summary>Channel kind (for an acknowledgement: the way it came in).</summary>
    public string Kind { get; set; } = "";

    /// <summary>The address sent to (phone numbers normalized); for an acknowledgement, who acknowledged.</summary>
    public string Address { get; set; } = "";

    public DeliveryState State { get; set; }

    public string? Reason { get; set; }

    public bool Transient { get; set; }

    public string? ProviderMessageId { get; set; }

    public DateTimeOffset QueuedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>True when this method already reached the person for this page (sent, delivered or read).</summary>
    [BsonIgnore]
    public bool Reached => State is DeliveryState.Sent or DeliveryState.Delivered or DeliveryState.Read;
}
