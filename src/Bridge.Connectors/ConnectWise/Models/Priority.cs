using System.Text.Json.Serialization;
using Bridge.Connectors.ConnectWise.Json;

namespace Bridge.Connectors.ConnectWise.Models;

/// <summary>A ticket priority (<c>/service/priorities</c>); some servers return only id and name.</summary>
public sealed record Priority
{
    /// <summary>Priority id.</summary>
    public int? Id { get; init; }

    /// <summary>Priority name, e.g. "Priority 1 - Emergency Response".</summary>
    public string? Name { get; init; }

    /// <summary>Colour name.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Color { get; init; }

    /// <summary>Sort order (lower is more urgent).</summary>
    public int? SortOrder { get; init; }

    /// <summary>The default priority.</summary>
    public bool? DefaultFlag { get; init; }

    /// <summary>The <c>_info</c> block.</summary>
    [JsonPropertyName("_info")]
    public RecordInfo? Info { get; init; }
}
