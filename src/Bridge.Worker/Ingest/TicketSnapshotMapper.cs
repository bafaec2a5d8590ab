using Bridge.Connectors.ConnectWise.Models;

namespace Bridge.Worker.Ingest;

/// <summary>Maps the ConnectWise wire model to the bridge's own snapshot at the boundary.</summary>
internal static class TicketSnapshotMapper
{
    /// <summary>The <c>fields</c> the tracker needs; every ticket read (poll, fetch) asks for exactly these.</summary>
    public const string Fields =
        "id,summary,recordType,board,status,priority,company,contact,type,subType,item,team,owner,resources,"
        + "severity,impact,closedFlag,requiredDate,_info/lastUpdated,_info/dateEntered,_info/updatedBy";

    /// <summary>Null when the ticket has no id or no <c>_info.lastUpdated</c> (it then has no version).</summary>
    /// <param name="ticket">The ticket as ConnectWise answered it.</param>
    /// <param name="configurationItems">Its configuration items when they were read (a resource of their own).</param>
    public static TicketSnapshot? TryMap(Ticket ticket, IReadOnlyList<string>? configurationItems = null)
    {
        if (ticket.Id is not { } id || ticket.Info?.LastUpdated is not { } lastUpdated)
        {
            return null;
        }

        return new TicketSnapshot
        {
            Id = id,
            LastUpdated = lastUpdated.ToUniversalTime(),
            Summary = ticket.Summary,
            RecordType = ticket.RecordType,
            BoardId = ticket.Board?.Id,
            BoardName = ticket.Board?.Name,
            StatusId = ticket.Status?.Id,
            StatusName = ticket.Status?.Name,
            PriorityId = ticket.Priority?.Id,
            PriorityName = ticket.Priority?.Name,
            CompanyId = ticket.Company?.Id,
            CompanyIdentifier = ticket.Company?.Identifier,
            CompanyName = ticket.Company?.Name,
            ContactId = ticket.Contact?.Id,
            ContactName = ticket.Contact?.Name,
            TypeName = ticket.Type?.Name,
            SubTypeName = ticket.SubType?.Name,
            ItemName = ticket.Item?.Name,
            TeamName = ticket.Team?.Name,
            OwnerId = ticket.Owner?.Id,
            OwnerIdentifier = ticket.Owner is null ? null : ticket.Owner.Identifier ?? ticket.Owner.Name,
            Resources = SplitResources(ticket.Resources),
            Severity = ticket.Severity,
            Impact = ticket.Impact,
            Closed = ticket.ClosedFlag == true,
            DateEntered = ticket.Info.DateEntered?.ToUniversalTime(),
            UpdatedBy = ticket.Info.UpdatedBy,
            RequiredDate = ticket.RequiredDate?.ToUniversalTime(),
            ConfigurationItems = configurationItems ?? [],
        };
    }

    internal static IReadOnlyList<string> SplitResources(string? resources) =>
        string.IsNullOrWhiteSpace(resources)
            ? []
            : resources.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToArray();
}
