using System.Text.Json.Serialization;
using Bridge.Connectors.ConnectWise.Json;

namespace Bridge.Connectors.ConnectWise.Models;

/// <summary>One phone number or e-mail address of a contact.</summary>
public sealed record ContactCommunicationItem
{
    /// <summary>Item id.</summary>
    public int? Id { get; init; }

    /// <summary>Type, e.g. <c>{"name":"Direct"}</c> or <c>{"name":"Email"}</c>.</summary>
    public Reference? Type { get; init; }

    /// <summary>The number or address.</summary>
    public string? Value { get; init; }

    /// <summary>The default of its kind.</summary>
    public bool? DefaultFlag { get; init; }

    /// <summary><c>Phone</c>, <c>Email</c> or <c>Fax</c>.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? CommunicationType { get; init; }
}
