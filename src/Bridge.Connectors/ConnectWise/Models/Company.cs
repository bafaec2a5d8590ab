using System.Text.Json.Serialization;

namespace Bridge.Connectors.ConnectWise.Models;

/// <summary>A client company (<c>/company/companies</c>).</summary>
public sealed record Company
{
    /// <summary>Company id.</summary>
    public int? Id { get; init; }

    /// <summary>Short identifier.</summary>
    public string? Identifier { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>Company status.</summary>
    public Reference? Status { get; init; }

    /// <summary>Company types.</summary>
    public IReadOnlyList<Reference>? Types { get; init; }

    /// <summary>Main phone number.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>Web site.</summary>
    public string? Website { get; init; }

    /// <summary>Territory.</summary>
    public Reference? Territory { get; init; }

    /// <summary>Deleted.</summary>
    public bool? DeletedFlag { get; init; }

    /// <summary>Custom fields.</summary>
    public IReadOnlyList<CustomFieldValue>? CustomFields { get; init; }

    /// <summary>The <c>_info</c> block.</summary>
    [JsonPropertyName("_info")]
    public RecordInfo? Info { get; init; }
}
