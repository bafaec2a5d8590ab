using System.Text.Json.Serialization;
using Bridge.Connectors.ConnectWise.Json;

namespace Bridge.Connectors.ConnectWise.Models;

/// <summary>A callback (webhook) registration (<c>/system/callbacks</c>).</summary>
public sealed record CallbackEntry
{
    /// <summary>Registration id (it is <c>CallbackObjectRecId</c> in delivered payloads).</summary>
    public int? Id { get; init; }

    /// <summary>Description (at most 100 characters).</summary>
    public string? Description { get; init; }

    /// <summary>The URL ConnectWise posts to; end it with <c>?recordId=</c>, ConnectWise appends the id.</summary>
    public string? Url { get; init; }

    /// <summary>Object id for the level (1 with level <c>owner</c>).</summary>
    public int? ObjectId { get; init; }

    /// <summary>Lowercase type, e.g. <c>ticket</c>, <c>time</c>.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Type { get; init; }

    /// <summary>Lowercase level, e.g. <c>owner</c>, <c>board</c>.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Level { get; init; }

    /// <summary>Creating member id (read-only).</summary>
    public int? MemberId { get; init; }

    /// <summary>Payload version, e.g. <c>3.0.0</c>.</summary>
    public string? PayloadVersion { get; init; }

    /// <summary>Inactive (ConnectWise sets it after three days of failed deliveries).</summary>
    public bool? InactiveFlag { get; init; }

    /// <summary>Legacy SOAP callback.</summary>
    public bool? IsSoapCallbackFlag { get; init; }

    /// <summary>Suppress callbacks for changes made by the registering member (semantics unconfirmed).</summary>
    public bool? IsSelfSuppressedFlag { get; init; }

    /// <summary>ConnectWise's GUID for the registration (newer versions).</summary>
    [JsonPropertyName("connectWiseID")]
    public string? ConnectWiseId { get; init; }

    /// <summary>The <c>_info</c> block.</summary>
    [JsonPropertyName("_info")]
    public RecordInfo? Info { get; init; }
}
