using System.Text.Json.Nodes;

namespace Bridge.Integration.Tests.Support;

/// <summary>Adds an on-call section to a configuration directory's bridge.json: three technicians, weekly after-hours rotation.</summary>
public static class OnCallConfig
{
    public const string Schedule = "after-hours";

    public static void AddTo(TempDirectory dir)
    {
        var path = Path.Combine(dir.Path, "bridge.json");
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        root["OnCall"] = JsonNode.Parse("""
            {
              "People": [
                { "Member": "anguyen", "Name": "Anh Nguyen", "TimeZone": "America/New_York", "Contacts": [ { "Kind": "Sms", "Address": "+1-555-0201" } ] },
                { "Member": "bruiz", "Name": "Beatriz Ruiz", "TimeZone": "America/New_York", "Contacts": [ { "Kind": "Email", "Address": "bruiz@bridgedemo.example" } ] },
                { "Member": "cokafor", "Name": "Chidi Okafor", "TimeZone": "America/New_York" },
                { "Member": "fpatel", "Name": "Farah Patel", "TimeZone": "America/New_York" }
              ],
              "Roles": { "Dispatcher": [ "fpatel" ] },
              "Schedules": [ {
                "Name": "after-hours",
                "TimeZone": "America/New_York",
                "Layers": [ {
                  "Name": "After hours",
                  "Rotation": [ "anguyen", "bruiz", "cokafor" ],
                  "Shift": "Weekly", "Handoff": "Monday 08:00", "Start": "2025-01-06",
                  "Restrictions": [
                    { "Days": [ "Monday-Friday" ], "From": "17:00", "To": "08:00" },
                    { "Days": [ "Saturday", "Sunday" ], "From": "08:00", "To": "08:00" }
                  ]
                } ],
                "Coverage": [
                  { "Days": [ "Monday-Friday" ], "From": "17:00", "To": "08:00" },
                  { "Days": [ "Saturday", "Sunday" ], "From": "08:00", "To": "08:00" }
                ]
              } ]
            }
            """);
        File.WriteAllText(path, root.ToJsonString());
    }
}
