using System.Text.Json.Nodes;

namespace Bridge.Sandbox;

/// <summary>
/// Edits to a ticket made from C# (see <see cref="SandboxState.CreateTicket"/> and <see cref="SandboxState.UpdateTicket"/>).
/// Each call records a JSON-patch operation; they are applied exactly as an API PATCH would be, so references
/// by name are resolved (and validated) the same way.
/// </summary>
public sealed class TicketChange
{
    internal JsonArray Operations { get; } = [];

    internal List<string> Configurations { get; } = [];

    public TicketChange Summary(string summary) => Set("summary", summary);

    /// <summary>Status by name; it must belong to the ticket's board.</summary>
    public TicketChange Status(string name) => Set("status", new JsonObject { ["name"] = name });

    public TicketChange Status(int id) => Set("status", new JsonObject { ["id"] = id });

    public TicketChange Board(string name) => Set("board", new JsonObject { ["name"] = name });

    public TicketChange Board(int id) => Set("board", new JsonObject { ["id"] = id });

    public TicketChange Priority(int id) => Set("priority", new JsonObject { ["id"] = id });

    public TicketChange Priority(string name) => Set("priority", new JsonObject { ["name"] = name });

    /// <summary>Assigns the ticket to a member by identifier (e.g. <c>anguyen</c>).</summary>
    public TicketChange Owner(string identifier) => Set("owner", new JsonObject { ["identifier"] = identifier });

    public TicketChange Unassign() => Remove("owner");

    public TicketChange Company(string identifier) => Set("company", new JsonObject { ["identifier"] = identifier });

    public TicketChange Contact(int id) => Set("contact", new JsonObject { ["id"] = id });

    public TicketChange Type(string name) => Set("type", new JsonObject { ["name"] = name });

    public TicketChange SubType(string name) => Set("subType", new JsonObject { ["name"] = name });

    /// <summary>The comma-separated member identifiers of the ticket's resources, e.g. <c>"anguyen, bruiz"</c>.</summary>
    public TicketChange Resources(string identifiers) => Set("resources", identifiers);

    /// <summary>
    /// Attaches a configuration by name (e.g. <c>NWD-DC01</c>) in the same save; not a ticket member in ConnectWise,
    /// it shows under <c>…/tickets/{id}/configurations</c>.
    /// </summary>
    public TicketChange Configuration(string name)
    {
        Configurations.Add(name);
        return this;
    }

    /// <summary>On create only: becomes the first (discussion) note, as in ConnectWise.</summary>
    public TicketChange InitialDescription(string text) => Set("initialDescription", text);

    /// <summary>Any member or nested path (<c>severity</c>, <c>customFields/0/value</c>) with a raw JSON value.</summary>
    public TicketChange Set(string path, JsonNode? value)
    {
        Operations.Add(new JsonObject { ["op"] = "replace", ["path"] = path, ["value"] = value });
        return this;
    }

    public TicketChange Remove(string path)
    {
        Operations.Add(new JsonObject { ["op"] = "remove", ["path"] = path });
        return this;
    }
}
