using System.Text.Json;
using System.Text.Json.Nodes;
using Bridge.Sandbox.Data;

namespace Bridge.Sandbox.Control;

/// <summary>
/// Lets shell scripts write references as plain values: <c>"status":"Assigned"</c>, <c>"owner":"anguyen"</c>,
/// <c>"priority":1</c> become <c>{"name":…}</c>, <c>{"identifier":…}</c>, <c>{"id":…}</c>.
/// </summary>
internal static class ControlShortcuts
{
    public static JsonObject ExpandBody(JsonObject body)
    {
        var result = new JsonObject();
        foreach (var (name, value) in body)
        {
            result[name] = Expand(name, value);
        }

        return result;
    }

    /// <summary>
    /// Removes <c>"recordType"</c> from a create body and returns it (default <c>ServiceTicket</c>), so that
    /// <c>{"recordType":"ProjectTicket",…}</c> creates a project ticket.
    /// </summary>
    public static string TakeRecordType(JsonObject body)
    {
        var member = body.FirstOrDefault(p => string.Equals(p.Key, "recordType", StringComparison.OrdinalIgnoreCase));
        if (member.Key is null)
        {
            return TicketKind.ServiceTicket;
        }

        body.Remove(member.Key);
        return TicketKind.Canonical(JsonValues.GetString(member.Value))
            ?? throw CwErrors.BadRequest("recordType must be ServiceTicket, ProjectTicket or ProjectIssue.");
    }

    /// <summary>A PATCH body: a JSON-patch array as is, or an object of member → value turned into replace operations.</summary>
    public static JsonArray ToOperations(JsonNode? body)
    {
        switch (body)
        {
            case JsonArray array:
                return array;
            case JsonObject obj:
                var operations = new JsonArray();
                foreach (var (name, value) in obj)
                {
                    operations.Add(value is null
                        ? new JsonObject { ["op"] = "remove", ["path"] = name }
                        : new JsonObject { ["op"] = "replace", ["path"] = name, ["value"] = Expand(name, value) });
                }

                return operations;
            default:
                throw CwErrors.BadRequest("Send a JSON-patch array or an object such as {\"status\":\"Assigned\",\"owner\":\"anguyen\"}.");
        }
    }

    private static JsonNode? Expand(string name, JsonNode? value)
    {
        var field = Schemas.Ticket.FindTop(name);
        if (field is not { Kind: FieldKind.Reference } || value is not JsonValue scalar)
        {
            return value?.DeepClone();
        }

        return scalar.GetValueKind() switch
        {
            JsonValueKind.Number => new JsonObject { ["id"] = JsonValues.GetInt(scalar) },
            JsonValueKind.String => new JsonObject
            {
                [field.Shape == RefShape.Identified ? "identifier" : "name"] = scalar.GetValue<string>(),
            },
            _ => value.DeepClone(),
        };
    }
}
