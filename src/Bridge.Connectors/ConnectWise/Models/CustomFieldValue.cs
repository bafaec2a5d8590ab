using System.Text.Json;
using System.Text.Json.Serialization;
using Bridge.Connectors.ConnectWise.Json;

namespace Bridge.Connectors.ConnectWise.Models;

/// <summary>A custom field on a record. ConnectWise replaces the whole array on update.</summary>
public sealed record CustomFieldValue
{
    /// <summary>Custom field id.</summary>
    public int? Id { get; init; }

    /// <summary>Label shown in ConnectWise.</summary>
    public string? Caption { get; init; }

    /// <summary>Field type, e.g. <c>Text</c>, <c>Number</c>, <c>Checkbox</c>.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Type { get; init; }

    /// <summary>Entry method, e.g. <c>EntryField</c>, <c>List</c>.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? EntryMethod { get; init; }

    /// <summary>Decimals for numbers.</summary>
    public int? NumberOfDecimals { get; init; }

    /// <summary>The value as raw JSON (string, number, boolean).</summary>
    public JsonElement? Value { get; init; }
}
