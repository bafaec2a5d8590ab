using System.Text.Json;
using System.Text.Json.Nodes;
using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.ConnectWise.Models;

namespace Bridge.Worker.Routing;

/// <summary>
/// Reads a ticket for <c>explain --file</c>: either a ConnectWise ticket as the API returns it (has a
/// <c>company</c> object) or a <see cref="RoutingTicket"/> in camelCase (which can list configuration items).
/// </summary>
internal static class RoutingTicketFile
{
    private static readonly JsonSerializerOptions RoutingJson = new(JsonSerializerDefaults.Web);

    public static RoutingTicket Read(string path)
    {
        var text = File.ReadAllText(path);
        var node = JsonNode.Parse(text) as JsonObject
            ?? throw new InvalidDataException($"{path}: expected a JSON object (a ConnectWise ticket or a routing ticket).");
        if (node["company"] is JsonObject)
        {
            var ticket = node.Deserialize<Ticket>(ConnectWiseJson.Options)!;
            var items = node["configurationItems"] is JsonArray array
                ? array.Select(i => i?.GetValueKind() == JsonValueKind.String ? i.GetValue<string>() : i?["name"]?.GetValue<string>()).OfType<string>().ToList()
                : null;
            return (ticket.Id is null ? ticket with { Id = 0 } : ticket).ToRoutingTicket(items);
        }

        return node.Deserialize<RoutingTicket>(RoutingJson)
            ?? throw new InvalidDataException($"{path}: not a ticket.");
    }
}
