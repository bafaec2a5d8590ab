using System.Text.Json.Serialization;
using Bridge.Connectors.ConnectWise.Json;

namespace Bridge.Connectors.ConnectWise.Models;

/// <summary>A work type (<c>/time/workTypes</c>): how a time entry is billed (after hours, no charge…).</summary>
public sealed record WorkType
{
    /// <summary>Work type id.</summary>
    public int? Id { get; init; }

    /// <summary>Name, e.g. <c>After Hours</c>.</summary>
    public string? Name { get; init; }

    /// <summary><c>Billable</c>, <c>DoNotBill</c> or <c>NoCharge</c>.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? BillTime { get; init; }

    /// <summary>Rate multiplier or amount, as <see cref="RateType"/> says.</summary>
    public decimal? Rate { get; init; }

    /// <summary><c>AdjAmount</c>, <c>Custom</c> or <c>Multiplier</c>.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? RateType { get; init; }

    /// <summary>Inactive.</summary>
    public bool? InactiveFlag { get; init; }

    /// <summary>The default work type.</summary>
    public bool? OverallDefaultFlag { get; init; }

    /// <summary>The <c>_info</c> block.</summary>
    [JsonPropertyName("_info")]
    public RecordInfo? Info { get; init; }
}
