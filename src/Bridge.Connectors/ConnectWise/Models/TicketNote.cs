using System.Text.Json.Serialization;

namespace Bridge.Connectors.ConnectWise.Models;

/// <summary>A ticket note (<c>/service/tickets/{id}/notes</c>).</summary>
public sealed record TicketNote
{
    /// <summary>Note id.</summary>
    public int? Id { get; init; }

    /// <summary>Ticket id.</summary>
    public int? TicketId { get; init; }

    /// <summary>Note text.</summary>
    public string? Text { get; init; }

    /// <summary>Discussion note (visible to the client).</summary>
    public bool? DetailDescriptionFlag { get; init; }

    /// <summary>Internal note.</summary>
    public bool? InternalAnalysisFlag { get; init; }

    /// <summary>Resolution note.</summary>
    public bool? ResolutionFlag { get; init; }

    /// <summary>Issue flag.</summary>
    public bool? IssueFlag { get; init; }

    /// <summary>Authoring member.</summary>
    public Reference? Member { get; init; }

    /// <summary>Authoring contact.</summary>
    public Reference? Contact { get; init; }

    /// <summary>Whether the note marks the ticket as customer-updated.</summary>
    public bool? CustomerUpdatedFlag { get; init; }

    /// <summary>False skips ConnectWise's notification rules for this write.</summary>
    public bool? ProcessNotifications { get; init; }

    /// <summary>Internal flag.</summary>
    public bool? InternalFlag { get; init; }

    /// <summary>External flag.</summary>
    public bool? ExternalFlag { get; init; }

    /// <summary>When the note was created.</summary>
    public DateTimeOffset? DateCreated { get; init; }

    /// <summary>Who created it.</summary>
    public string? CreatedBy { get; init; }

    /// <summary>The <c>_info</c> block.</summary>
    [JsonPropertyName("_info")]
    public RecordInfo? Info { get; init; }
}
