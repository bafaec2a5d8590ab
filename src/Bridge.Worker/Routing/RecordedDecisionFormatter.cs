using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bridge.Worker.Kernel;
using NodaTime;

namespace Bridge.Worker.Routing;

/// <summary>
/// The decisions recorded for a ticket as <c>bridge explain --ticket</c> prints them after the live one: each with the
/// configuration it was made under and the client's contract in that configuration (from <c>config_versions</c>), so
/// "what did the contract say that night" is answered after the file changed.
/// </summary>
internal static class RecordedDecisionFormatter
{
    /// <summary>Instants in <paramref name="zone"/> (the MSP's): the state file keeps them in UTC.</summary>
    public static string Format(IReadOnlyList<RoutingDecisionRecord> recorded, Func<string, StoredConfiguration?> find, DateTimeZone zone)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Recorded:   {(recorded.Count == 0 ? "no decision recorded for this ticket yet" : $"{recorded.Count} decision(s), oldest first")}").AppendLine();
        foreach (var record in recorded)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"  {When(record.At, zone)}: {record.Disposition}, {record.Client ?? "(default)"} contract {record.Contract}, policy {record.EscalationPolicy}").AppendLine();
            if (record.ConfigVersion is not { } version)
            {
                text.AppendLine("    configuration: not recorded (decided before configuration versions were kept)");
                continue;
            }

            var configuration = new ConfigurationVersion(version, record.ConfigAppliedAt ?? record.RecordedAt);
            text.Append(CultureInfo.InvariantCulture, $"    configuration {configuration.Describe(Offset(configuration.AppliedAt, zone))}").AppendLine();
            text.Append(CultureInfo.InvariantCulture, $"    the client's terms then: {ClientTerms(find(version), record.Client)}").AppendLine();
        }

        return text.ToString();
    }

    /// <summary>The client's entry of <c>Routing:Clients</c> in the kept configuration (the default's for an unlisted client), as one line of JSON.</summary>
    public static string ClientTerms(StoredConfiguration? stored, string? client)
    {
        if (stored is null)
        {
            return "(that configuration is not kept in this state file)";
        }

        var routing = JsonNode.Parse(stored.Json)?["Routing"];
        var entry = client is null
            ? null
            : (routing?["Clients"] as JsonArray)?.FirstOrDefault(c => string.Equals(c?["Company"]?.GetValue<string>(), client, StringComparison.OrdinalIgnoreCase));
        var terms = entry ?? routing?["Default"];
        return terms is null ? "(none: the defaults)" : terms.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static TimeSpan Offset(DateTimeOffset at, DateTimeZone zone) => zone.GetUtcOffset(Instant.FromDateTimeOffset(at)).ToTimeSpan();

    private static string When(DateTimeOffset at, DateTimeZone zone) =>
        at.ToOffset(Offset(at, zone)).ToString("ddd yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
}
