namespace Bridge.Worker.Ingest;

/// <summary>Where the tracker reads a ticket again (a same-second tie) and its details (configuration items).</summary>
internal interface ITicketSource
{
    /// <summary>The ticket now, with the details the stages need; null when ConnectWise no longer has it.</summary>
    Task<TicketSnapshot?> ReadAsync(int id, CancellationToken ct);

    /// <summary>The snapshot with the details the stages need read from ConnectWise.</summary>
    Task<TicketSnapshot> WithDetailsAsync(TicketSnapshot snapshot, CancellationToken ct);
}
