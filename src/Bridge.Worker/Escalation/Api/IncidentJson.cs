using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bridge.Worker.Escalation.Api;

/// <summary>JSON of <c>/incidents</c> and what <c>bridge incidents</c> reads back: camelCase, enums (timeline kinds) by name.</summary>
internal static class IncidentJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
