using System.Text.Json.Nodes;

namespace Bridge.Sandbox.Data;

/// <summary>Builds the reference objects embedded in other entities (<c>{id, name, _info:{x_href}}</c>).</summary>
internal sealed class Refs(Func<string> apiBase)
{
    public string Href(string relative) => apiBase() + relative;

    public JsonObject Board(JsonObject board) => Named(board, "board_href", $"service/boards/{Id(board)}");

    public JsonObject Status(JsonObject status) => new()
    {
        ["id"] = Id(status),
        ["name"] = Text(status, "name"),
        ["Sort"] = JsonValues.GetInt(status["sortOrder"]) ?? 0,
        ["_info"] = new JsonObject { ["status_href"] = Href($"service/boards/{BoardId(status)}/statuses/{Id(status)}") },
    };

    public JsonObject Type(JsonObject type) => Named(type, "type_href", $"service/boards/{BoardId(type)}/types/{Id(type)}");

    public JsonObject SubType(JsonObject subType) => Named(subType, "subType_href", $"service/boards/{BoardId(subType)}/subtypes/{Id(subType)}");

    public JsonObject Priority(JsonObject priority) => new()
    {
        ["id"] = Id(priority),
        ["name"] = Text(priority, "name"),
        ["sort"] = JsonValues.GetInt(priority["sortOrder"]) ?? 0,
        ["level"] = Text(priority, "level") ?? "NotApplicable",
        ["_info"] = new JsonObject
        {
            ["priority_href"] = Href($"service/priorities/{Id(priority)}"),
            ["image_href"] = Href($"service/priorities/{Id(priority)}/image?lm={Text(priority, "color")}"),
        },
    };

    public JsonObject Company(JsonObject company) => new()
    {
        ["id"] = Id(company),
        ["identifier"] = Text(company, "identifier"),
        ["name"] = Text(company, "name"),
        ["_info"] = new JsonObject { ["company_href"] = Href($"company/companies/{Id(company)}") },
    };

    public JsonObject Member(JsonObject member) => new()
    {
        ["id"] = Id(member),
        ["identifier"] = Text(member, "identifier"),
        ["name"] = PersonName(member),
        ["_info"] = new JsonObject { ["member_href"] = Href($"system/members/{Id(member)}") },
    };

    public JsonObject Contact(JsonObject contact) => new()
    {
        ["id"] = Id(contact),
        ["name"] = PersonName(contact),
        ["_info"] = new JsonObject { ["contact_href"] = Href($"company/contacts/{Id(contact)}") },
    };

    public JsonObject Ticket(JsonObject ticket) => new()
    {
        ["id"] = Id(ticket),
        ["summary"] = Text(ticket, "summary"),
        ["_info"] = new JsonObject { ["ticket_href"] = Href($"{TicketKind.Of(ticket).ResourcePath}/{Id(ticket)}") },
    };

    /// <summary>
    /// A ticket's configuration as <c>…/configurations</c> lists it: id, device identifier and link, but no name
    /// (a client that shows names must read <c>/company/configurations</c>).
    /// </summary>
    public JsonObject ConfigurationReference(JsonObject configuration) => EntityShaper.Shape(new JsonObject
    {
        ["id"] = Id(configuration),
        ["deviceIdentifier"] = configuration["deviceIdentifier"]?.DeepClone(),
        ["_info"] = new JsonObject { ["configuration_href"] = Href($"company/configurations/{Id(configuration)}") },
    }, Schemas.ConfigurationReference);

    public JsonObject WorkType(JsonObject workType) => Named(workType, "workType_href", $"time/workTypes/{Id(workType)}");

    public JsonObject WorkRole(JsonObject workRole) => Named(workRole, "workRole_href", $"time/workRoles/{Id(workRole)}");

    public JsonObject Agreement(JsonObject agreement) => Named(agreement, "agreement_href", $"finance/agreements/{Id(agreement)}");

    /// <summary>Members and contacts have no <c>name</c>: references show first and last name.</summary>
    public static string PersonName(JsonObject person) =>
        $"{Text(person, "firstName")} {Text(person, "lastName")}".Trim();

    private static int Id(JsonObject entity) => EntityCollection.IdOf(entity);

    private static int BoardId(JsonObject entity) => JsonValues.GetInt(entity["board"]?["id"]) ?? 0;

    private static string? Text(JsonObject entity, string name) => JsonValues.GetString(entity[name]);

    private JsonObject Named(JsonObject entity, string hrefName, string relative) => new()
    {
        ["id"] = Id(entity),
        ["name"] = Text(entity, "name"),
        ["_info"] = new JsonObject { [hrefName] = Href(relative) },
    };
}
