using System.Text.Json;
using System.Text.Json.Nodes;
using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.ConnectWise.Models;
using Bridge.Worker.Ingest;

namespace Bridge.Worker.Routing;

/// <summary>
/// Reads a ticket for <c>explain --file</c>: either a ConnectWise ticket as the API returns it (has a
/// <c>company</c> object; it may list <c>configurationItems</c> by name), mapped the way ingest maps every ticket,
/// or the bridge's own ticket model in camelCase (as <c>/tickets/recent</c> shows it).
/// </summary>
internal static class RoutingTicketFile
{
    private static readonly JsonSerializerOptions ModelJson = new(JsonSerializerDefaults.Web);

    public static TicketSnapshot Read(string path)
    {
        var text = File.ReadAllText(path);
        var node = JsonNode.Parse(text) as JsonObject
            ?? throw new InvalidDataException($"{path}: expected a JSON object (a ConnectWise ticket or the bridge's ticket model).");
        if (node["company"] is JsonObject)
        {
            var ticket = node.Deserialize<Ticket>(ConnectWiseJson.Options)!;
            var items = node["configurationItems"] is JsonArray array
                ? array.Select(i => i?.GetValueKind() == JsonValueKind.String ? i.GetValue<string>() : i?["name"]?.GetValue<string>()).OfType<string>().ToList()
                : null;
            // A file written by hand may leave out the id and the version; the decision needs neither.
            var versioned = ticket with
            {
                Id = ticket.Id ?? 0,
                Info = ticket.Info?.LastUpdated is null ? (ticket.Info ?? new RecordInfo()) with { LastUpdated = DateTimeOffset.UnixEpoch } : ticket.Info,
            };
            return TicketSnapshotMapper.TryMap(versioned, items)!;
        }

        return node.Deserialize<TicketSnapshot>(ModelJson)
            ?? throw new InvalidDataException($"{path}: not a ticket.");
    }
}
