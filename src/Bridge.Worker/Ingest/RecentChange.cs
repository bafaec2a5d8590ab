namespace Bridge.Worker.Ingest;

/// <summary>One line of <c>/tickets/recent</c>: the change without the whole snapshot.</summary>
internal sealed record RecentChange(
    int TicketId,
    TicketChangeKind Kind,
    string Field,
    string? OldValue,
    string? NewValue,
    ChangeSource Source,
    DateTimeOffset ObservedAt,
    DateTimeOffset LastUpdated,
    string? Summary,
    string? Board)
{
    public static RecentChange From(TicketChange change) => new(
        change.TicketId, change.Kind, change.Field, change.OldValue, change.NewValue, change.Source,
        change.ObservedAt, change.LastUpdated, change.Ticket.Summary, change.Ticket.BoardName);

    /// <summary>One line for the terminal.</summary>
    public string Format()
    {
        var values = (OldValue, NewValue) switch
        {
            (null, null) => Field,
            _ => $"{Field} {OldValue ?? "-"} -> {NewValue ?? "-"}".Trim(),
        };
        return $"{ObservedAt:yyyy-MM-dd HH:mm:ss}Z  #{TicketId,-7} {Kind,-15} {values,-40} {Source,-8} {Summary}";
    }
}
