using System.Text.Json.Serialization;

namespace Bridge.Connectors.ConnectWise.Models;

/// <summary>A client contact (<c>/company/contacts</c>); contacts have no <c>name</c> field.</summary>
public sealed record Contact
{
    /// <summary>Contact id.</summary>
    public int? Id { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Company.</summary>
    public Reference? Company { get; init; }

    /// <summary>Site.</summary>
    public Reference? Site { get; init; }

    /// <summary>Title.</summary>
    public string? Title { get; init; }

    /// <summary>Inactive.</summary>
    public bool? InactiveFlag { get; init; }

    /// <summary>Phone numbers, e-mail addresses and the like.</summary>
    public IReadOnlyList<ContactCommunicationItem>? CommunicationItems { get; init; }

    /// <summary>The <c>_info</c> block.</summary>
    [JsonPropertyName("_info")]
    public RecordInfo? Info { get; init; }
}
