using System.Globalization;
using System.Text.Json.Nodes;

namespace Bridge.Benchmarks.Support;

/// <summary>
/// What the paging benchmarks add to <see cref="BridgeSettings"/>: every person's first contact is the generic
/// webhook channel aimed at a <see cref="WebhookListener"/>, and "now" is after hours on the wall clock.
/// </summary>
/// <remarks>
/// Routing and the on-call schedule read the wall clock, and an empty <c>Routing:BusinessHours</c> is refused by the
/// validator ("no day has business hours"). So the shipped hours stay, and the MSP's time zone (routing and the
/// after-hours schedule) becomes the fixed-offset zone where it is now between 01:00 and 02:00: outside business
/// hours on any day, and inside the schedule's coverage (weeknights 17:00–08:00, weekends all day).
/// </remarks>
internal static class PagingSettings
{
    public const string WebhookSecret = "bench-webhook-secret-0001";

    public static Dictionary<string, string?> For(Uri webhook, int bridgePort, DateTimeOffset now)
    {
        var zone = NightZone(now);
        var settings = new Dictionary<string, string?>
        {
            ["Channels:Webhook:Url"] = webhook.ToString(),
            ["Channels:Webhook:Secret"] = WebhookSecret,
            ["Escalation:PublicUrl"] = $"http://127.0.0.1:{bridgePort}",
            ["Routing:TimeZone"] = zone,
            ["OnCall:Schedules:0:TimeZone"] = zone,
        };
        var people = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoLayout.ShippedConfig, "bridge.json")))!["OnCall"]!["People"]!.AsArray();
        for (var i = 0; i < people.Count; i++)
        {
            settings[$"OnCall:People:{i}:Contacts:0:Kind"] = "Webhook";
            settings[$"OnCall:People:{i}:Contacts:0:Address"] = people[i]!["Member"]!.GetValue<string>();
        }

        return settings;
    }

    /// <summary>The <c>Etc/GMT±N</c> zone where the local time is now 01:xx (tz names the offset with the opposite sign).</summary>
    public static string NightZone(DateTimeOffset now)
    {
        var offset = (1 - now.UtcDateTime.Hour + 24) % 24;
        if (offset > 14)
        {
            offset -= 24;
        }

        return offset == 0 ? "Etc/GMT" : string.Create(CultureInfo.InvariantCulture, $"Etc/GMT{(offset > 0 ? "-" : "+")}{Math.Abs(offset)}");
    }
}
