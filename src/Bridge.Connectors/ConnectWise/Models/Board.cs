using System.Text.Json.Serialization;

namespace Bridge.Connectors.ConnectWise.Models;

/// <summary>A service board (<c>/service/boards</c>).</summary>
public sealed record Board
{
    /// <summary>Board id.</summary>
    public int? Id { get; init; }

    /// <summary>Board name.</summary>
    public string? Name { get; init; }

    /// <summary>Location.</summary>
    public Reference? Location { get; init; }

    /// <summary>Department.</summary>
    public Reference? Department { get; init; }

    /// <summary>Inactive.</summary>
    public bool? InactiveFlag { get; init; }

    /// <summary>A project board.</summary>
    public bool? ProjectFlag { get; init; }

    /// <summary>The <c>_info</c> block.</summary>
    [JsonPropertyName("_info")]
    public RecordInfo? Info { get; init; }
}
