using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bridge.Worker.WriteBack;

/// <summary>JSON of outbox payloads and of <c>GET /outbox</c>: camelCase, enums as names.</summary>
internal static class WriteBackJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write<T>(T payload) => JsonSerializer.Serialize(payload, Options);

    public static T Read<T>(OutboxRecord record) =>
        JsonSerializer.Deserialize<T>(record.Payload, Options)
        ?? throw new InvalidOperationException($"Outbox record {record.Id} ({record.Key}) has an empty payload.");
}
