namespace Bridge.Worker.Ingest;

/// <summary>
/// One typed change of one ticket, produced exactly once per ticket version however many paths saw it.
/// Self-contained: the next stage needs nothing else to decide.
/// </summary>
/// <param name="Key">Stable identity (<c>ticket:lastUpdated:kind:field:value</c>): handlers may use it to drop a redelivery.</param>
/// <param name="TicketId">The ticket.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Field">The field concerned: <c>status</c>, <c>priority</c>, <c>owner</c>, <c>resources</c>, <c>closedFlag</c>; for <see cref="TicketChangeKind.Updated"/> the changed fields, comma-separated (empty: none the bridge tracks).</param>
/// <param name="OldValue">Value before (names, identifiers), null when there was none.</param>
/// <param name="NewValue">Value after, null when removed.</param>
/// <param name="Ticket">The ticket at the new version.</param>
/// <param name="Source">The path that brought the new version.</param>
/// <param name="ObservedAt">When the bridge saw it (its own clock).</param>
/// <param name="LastUpdated">ConnectWise's <c>_info.lastUpdated</c> of the new version.</param>
public sealed record TicketChange(
    string Key,
    int TicketId,
    TicketChangeKind Kind,
    string Field,
    string? OldValue,
    string? NewValue,
    TicketSnapshot Ticket,
    ChangeSource Source,
    DateTimeOffset ObservedAt,
    DateTimeOffset LastUpdated)
{
    /// <summary>
    /// The version was made by the bridge's own API member (its own write coming back by poll): never a person's
    /// acknowledgement or close.
    /// </summary>
    public bool ByBridge { get; init; }
}
