namespace Bridge.Worker.Engine;

/// <summary>
/// An item a stage gave up on after its attempts, with the reason: kept for an admin to read (CLI, status page,
/// readiness), while the items behind it went on.
/// </summary>
internal sealed class ParkedItem
{
    public int Id { get; set; }

    public string Stage { get; set; } = "";

    public long Position { get; set; }

    public int TicketId { get; set; }

    public string Item { get; set; } = "";

    public string Reason { get; set; } = "";

    public int Attempts { get; set; }

    public DateTimeOffset ParkedAt { get; set; }

    /// <summary><see cref="ParkedStates.Parked"/> until an admin retries it successfully or dismisses it.</summary>
    public string State { get; set; } = ParkedStates.Parked;

    /// <summary>What an admin did about it, when and why.</summary>
    public string? Resolution { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    /// <summary>Still waiting for an admin (a record from before states were kept has none).</summary>
    public bool IsOpen => string.IsNullOrEmpty(State) || State == ParkedStates.Parked;
}
