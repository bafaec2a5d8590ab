using System.Text.Json;

namespace Bridge.Worker.Escalation.Delivery;

/// <summary>JSON for the pages stored in page requests.</summary>
internal static class DeliveryJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
