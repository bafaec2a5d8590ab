namespace Bridge.Worker.Ingest;

/// <summary>How a ticket version read from ConnectWise stands to the version the bridge holds.</summary>
internal enum TicketVersionOrder
{
    /// <summary>Nothing held yet, or a later <c>lastUpdated</c>.</summary>
    Newer,

    /// <summary>The version held, seen again (a replay, the poll's overlap).</summary>
    Same,

    /// <summary>Same second, other content: two saves in one second; which is current takes a fresh read.</summary>
    Tie,

    /// <summary>An earlier <c>lastUpdated</c>: a late delivery.</summary>
    Older,
}
