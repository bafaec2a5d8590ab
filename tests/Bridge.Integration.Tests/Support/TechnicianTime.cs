using System.Text.Json.Nodes;
using Bridge.Sandbox;

namespace Bridge.Integration.Tests.Support;

/// <summary>A time entry a technician makes on a ticket through the ConnectWise API (not one of the bridge's).</summary>
internal static class TechnicianTime
{
    /// <summary>Posts 35 minutes from <paramref name="start"/> for <paramref name="member"/>; returns the entry's id.</summary>
    public static async Task<int> PostAsync(SandboxServer sandbox, int ticketId, DateTimeOffset start, string workType, string member = "cokafor")
    {
        using var api = sandbox.CreateApiClient();
        var body = new JsonObject
        {
            ["chargeToId"] = ticketId,
            ["chargeToType"] = "ServiceTicket",
            ["member"] = new JsonObject { ["identifier"] = member },
            ["timeStart"] = start.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            ["timeEnd"] = start.AddMinutes(35).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            ["workType"] = new JsonObject { ["name"] = workType },
            ["notes"] = "Restarted the mail server",
        };
        var created = await api.PostAsync("time/entries", new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        created.EnsureSuccessStatusCode();
        return (int)JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!;
    }
}
