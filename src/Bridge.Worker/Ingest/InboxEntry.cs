namespace Bridge.Worker.Ingest;

/// <summary>One callback as received: the raw body (the signature covers exactly these bytes) and its progress.</summary>
internal sealed class InboxEntry
{
    public long Id { get; set; }

    /// <summary>MessageId, or a hash of the body when ConnectWise sent none; unique, so a redelivery is recognised.</summary>
    public string DedupKey { get; set; } = "";

    public DateTimeOffset ReceivedAt { get; set; }

    public byte[] Body { get; set; } = [];

    public string? Signature { get; set; }

    /// <summary>False when the signing key could not be fetched at receipt; verified again before use.</summary>
    public bool Verified { get; set; }

    public string Type { get; set; } = "";

    public string Action { get; set; } = "";

    public long RecordId { get; set; }

    public InboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }
}
