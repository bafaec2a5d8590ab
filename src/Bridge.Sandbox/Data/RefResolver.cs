using System.Text.Json.Nodes;

namespace Bridge.Sandbox.Data;

/// <summary>Finds the entity a reference in a request body points at: by <c>id</c>, <c>identifier</c> or <c>name</c>.</summary>
internal static class RefResolver
{
    private static readonly HashSet<string> RefMembers =
        new(StringComparer.OrdinalIgnoreCase) { "id", "name", "identifier", "summary", "sort", "level", "_info" };

    /// <summary>Resolves <paramref name="input"/> in <paramref name="collection"/>; throws 400 InvalidObject when absent.</summary>
    /// <param name="input">The reference object from the body.</param>
    /// <param name="collection">Where the target lives.</param>
    /// <param name="owner">The model being written, e.g. <c>Ticket</c>, for messages.</param>
    /// <param name="field">The field holding the reference, e.g. <c>board</c>.</param>
    /// <param name="scope">Restricts name lookups (statuses of one board); id lookups are checked by the caller.</param>
    /// <param name="personName">True for members and contacts, whose <c>name</c> is first + last name.</param>
    public static JsonObject Resolve(JsonNode? input, EntityCollection collection, string owner, string field,
        Func<JsonObject, bool>? scope = null, bool personName = false)
    {
        if (input is not JsonObject reference)
        {
            throw CwErrors.InvalidField(owner, field, $"The {field} must be a reference object, e.g. {{\"id\":1}}.");
        }

        foreach (var (name, _) in reference)
        {
            if (!RefMembers.Contains(name))
            {
                throw CwErrors.UnknownMember(collection.TypeName + "Reference", $"{field}.{name}");
            }
        }

        JsonObject? found;
        string described;
        if (Get(reference, "id") is { } idNode)
        {
            var id = JsonValues.GetInt(idNode)
                ?? throw CwErrors.InvalidField(owner, field, $"The {field} id '{JsonValues.Describe(idNode)}' is not a valid integer.");
            found = collection.Find(id);
            described = $"id {id}";
        }
        else if (JsonValues.GetString(Get(reference, "identifier")) is { } identifier)
        {
            found = collection.FindByText("identifier", identifier, scope);
            described = $"identifier '{identifier}'";
        }
        else if (JsonValues.GetString(Get(reference, "name")) is { } name)
        {
            found = personName ? FindPerson(collection, name, scope) : collection.FindByText("name", name, scope);
            described = $"name '{name}'";
        }
        else
        {
            throw CwErrors.InvalidField(owner, field, $"The {field} reference needs an id, identifier or name.");
        }

        return found ?? throw CwErrors.InvalidField(owner, field, $"{collection.TypeName} with {described} was not found.");
    }

    private static JsonNode? Get(JsonObject reference, string name)
    {
        foreach (var (key, value) in reference)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    private static JsonObject? FindPerson(EntityCollection collection, string name, Func<JsonObject, bool>? scope) =>
        collection.Items.FirstOrDefault(e =>
            string.Equals(Refs.PersonName(e), name, StringComparison.OrdinalIgnoreCase) && (scope is null || scope(e)))
        ?? collection.FindByText("identifier", name, scope);
}
