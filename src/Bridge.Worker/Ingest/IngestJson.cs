using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bridge.Worker.Ingest;

/// <summary>JSON for stored snapshots and changes and for <c>/tickets/recent</c>: camelCase, enums by name.</summary>
internal static class IngestJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
