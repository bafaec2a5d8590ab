using System.Text.Json.Serialization;

namespace Bridge.Connectors.ConnectWise.Models;

/// <summary>A ConnectWise member, i.e. a technician or staff user (<c>/system/members</c>).</summary>
public sealed record Member
{
    /// <summary>Member id.</summary>
    public int? Id { get; init; }

    /// <summary>Login identifier, e.g. <c>jdoe</c>.</summary>
    public string? Identifier { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Primary e-mail.</summary>
    public string? PrimaryEmail { get; init; }

    /// <summary>Office e-mail.</summary>
    public string? OfficeEmail { get; init; }

    /// <summary>Office phone.</summary>
    public string? OfficePhone { get; init; }

    /// <summary>Mobile phone.</summary>
    public string? MobilePhone { get; init; }

    /// <summary>Job title.</summary>
    public string? Title { get; init; }

    /// <summary>Inactive.</summary>
    public bool? InactiveFlag { get; init; }

    /// <summary>Time zone.</summary>
    public Reference? TimeZone { get; init; }

    /// <summary>Default work role.</summary>
    public Reference? WorkRole { get; init; }

    /// <summary>Default work type.</summary>
    public Reference? WorkType { get; init; }

    /// <summary>The <c>_info</c> block.</summary>
    [JsonPropertyName("_info")]
    public RecordInfo? Info { get; init; }
}
