using Bridge.Connectors.ConnectWise.Models;

namespace Bridge.Worker.Routing;

/// <summary>Maps a ConnectWise ticket to <see cref="RoutingTicket"/> at the boundary.</summary>
internal static class RoutingTicketMapper
{
    /// <param name="ticket">The ticket as read from ConnectWise.</param>
    /// <param name="configurationItems">Names of the ticket's configuration items (a separate ConnectWise call; empty when not fetched).</param>
    public static RoutingTicket ToRoutingTicket(this Ticket ticket, IReadOnlyList<string>? configurationItems = null) => new()
    {
        Id = ticket.Id ?? throw new ArgumentException("A ticket without an id cannot be routed.", nameof(ticket)),
        CompanyIdentifier = ticket.Company?.Identifier,
        Board = ticket.Board?.Name,
        PriorityId = ticket.Priority?.Id,
        PriorityName = ticket.Priority?.Name,
        Type = ticket.Type?.Name,
        SubType = ticket.SubType?.Name,
        Item = ticket.Item?.Name,
        Summary = ticket.Summary,
        Owner = ticket.Owner?.Identifier ?? ticket.Owner?.Name,
        Resources = (ticket.Resources ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        Status = ticket.Status?.Name,
        Closed = ticket.ClosedFlag ?? false,
        ConfigurationItems = configurationItems ?? [],
        RequiredDate = ticket.RequiredDate,
        EnteredAt = ticket.Info?.DateEntered,
    };
}
