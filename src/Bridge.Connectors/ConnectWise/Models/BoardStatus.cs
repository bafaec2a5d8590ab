using System.Text.Json.Serialization;
using Bridge.Connectors.ConnectWise.Json;

namespace Bridge.Connectors.ConnectWise.Models;

/// <summary>A status of a service board (<c>/service/boards/{id}/statuses</c>).</summary>
public sealed record BoardStatus
{
    /// <summary>Status id.</summary>
    public int? Id { get; init; }

    /// <summary>Status name.</summary>
    public string? Name { get; init; }

    /// <summary>The board.</summary>
    public Reference? Board { get; init; }

    /// <summary>Sort order on the board.</summary>
    public int? SortOrder { get; init; }

    /// <summary>Shown on the board.</summary>
    public bool? DisplayOnBoard { get; init; }

    /// <summary>Inactive.</summary>
    public bool? Inactive { get; init; }

    /// <summary>A closed status.</summary>
    public bool? ClosedStatus { get; init; }

    /// <summary>The board's default status.</summary>
    public bool? DefaultFlag { get; init; }

    /// <summary>Time entries are refused while a ticket has this status.</summary>
    public bool? TimeEntryNotAllowed { get; init; }

    /// <summary><c>NotResponded</c>, <c>Responded</c>, <c>ResolutionPlan</c>, <c>Resolved</c> or <c>NoEscalation</c>.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? EscalationStatus { get; init; }

    /// <summary>The <c>_info</c> block.</summary>
    [JsonPropertyName("_info")]
    public RecordInfo? Info { get; init; }
}
