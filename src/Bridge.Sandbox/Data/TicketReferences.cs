using System.Text.Json.Nodes;

namespace Bridge.Sandbox.Data;

/// <summary>
/// Resolves and expands the references of a ticket; statuses, types and subtypes belong to its board, and the board
/// is a project board exactly when the ticket is a project ticket.
/// </summary>
internal sealed class TicketReferences(DataStore store, TicketKind kind)
{
    private string Owner => kind.TypeName;

    /// <summary>Replaces each reference in <paramref name="values"/> that differs from <paramref name="current"/> by its expanded form.</summary>
    public void Resolve(JsonObject values, JsonObject? current)
    {
        var refs = store.Refs;
        ResolveSimple(values, current, "company", store.Companies, refs.Company);
        var board = ResolveBoard(values, current);
        var boardId = EntityCollection.IdOf(board);
        var boardMoved = current is not null && JsonValues.GetInt(current["board"]?["id"]) != boardId;

        if (Changed(values, current, "status") && values["status"] is not null)
        {
            values["status"] = refs.Status(ResolveOnBoard(values["status"], store.Statuses, "status", board));
        }
        else if (values["status"] is null || (boardMoved && !BelongsTo(store.Statuses, values["status"], boardId)))
        {
            values["status"] = DefaultStatus(board) is { } status ? refs.Status(status) : null;
        }

        ResolveBoardItem(values, current, "type", store.Types, board, boardMoved, refs.Type);
        ResolveBoardItem(values, current, "subType", store.SubTypes, board, boardMoved, refs.SubType);

        if (Changed(values, current, "priority") && values["priority"] is not null)
        {
            values["priority"] = refs.Priority(RefResolver.Resolve(values["priority"], store.Priorities, Owner, "priority"));
        }
        else if (values["priority"] is null && current is null && DefaultPriority() is { } priority)
        {
            values["priority"] = refs.Priority(priority);
        }

        if (Changed(values, current, "owner") && values["owner"] is not null)
        {
            values["owner"] = refs.Member(RefResolver.Resolve(values["owner"], store.Members, Owner, "owner", personName: true));
        }

        ResolveSimple(values, current, "agreement", store.Agreements, refs.Agreement);
        if (Changed(values, current, "contact") && values["contact"] is not null)
        {
            var contact = RefResolver.Resolve(values["contact"], store.Contacts, Owner, "contact", personName: true);
            values["contact"] = refs.Contact(contact);
            FillContactDetails(values, contact);
        }
    }

    public JsonObject StatusOf(JsonObject values) =>
        store.Statuses.Find(JsonValues.GetInt(values["status"]?["id"]) ?? 0) ?? [];

    private JsonObject ResolveBoard(JsonObject values, JsonObject? current)
    {
        if (values["board"] is null)
        {
            var fallback = current?["board"] is { } existing
                ? store.Boards.Find(JsonValues.GetInt(existing["id"]) ?? 0)
                : store.Boards.Items.FirstOrDefault(b => JsonValues.GetBool(b["inactiveFlag"]) != true && IsProjectBoard(b) == kind.IsProject);
            var board = fallback ?? throw CwErrors.InvalidField(Owner, "board",
                kind.IsProject ? "No project board is available for this ticket." : "No service board is available for this ticket.");
            values["board"] = store.Refs.Board(board);
            return board;
        }

        if (!Changed(values, current, "board"))
        {
            return store.Boards.Find(JsonValues.GetInt(values["board"]?["id"]) ?? 0)
                ?? throw CwErrors.InvalidField(Owner, "board", "The ticket's board no longer exists.");
        }

        var resolved = RefResolver.Resolve(values["board"], store.Boards, Owner, "board");
        if (IsProjectBoard(resolved) != kind.IsProject)
        {
            throw CwErrors.InvalidField(Owner, "board", kind.IsProject
                ? $"The board '{JsonValues.GetString(resolved["name"])}' is not a project board; a project ticket must stay on a project board."
                : $"The board '{JsonValues.GetString(resolved["name"])}' is a project board; a service ticket cannot be put on it.");
        }

        values["board"] = store.Refs.Board(resolved);
        return resolved;
    }

    private JsonObject ResolveOnBoard(JsonNode? input, EntityCollection collection, string field, JsonObject board)
    {
        var boardId = EntityCollection.IdOf(board);
        bool OnBoard(JsonObject e) => JsonValues.GetInt(e["board"]?["id"]) == boardId;
        JsonObject found;
        try
        {
            found = RefResolver.Resolve(input, collection, Owner, field, OnBoard);
        }
        catch (SandboxApiException) when (input is JsonObject o && o["id"] is null && o["name"] is not null)
        {
            throw NotOnBoard(field, JsonValues.Describe(o["name"]), board);
        }

        return OnBoard(found) ? found : throw NotOnBoard(field, JsonValues.GetString(found["name"]) ?? "?", board);
    }

    private void ResolveBoardItem(JsonObject values, JsonObject? current, string field, EntityCollection collection,
        JsonObject board, bool boardMoved, Func<JsonObject, JsonObject> expand)
    {
        if (values[field] is null)
        {
            return;
        }

        if (Changed(values, current, field))
        {
            values[field] = expand(ResolveOnBoard(values[field], collection, field, board));
        }
        else if (boardMoved && !BelongsTo(collection, values[field], EntityCollection.IdOf(board)))
        {
            values.Remove(field);
        }
    }

    private void ResolveSimple(JsonObject values, JsonObject? current, string field, EntityCollection collection,
        Func<JsonObject, JsonObject> expand)
    {
        if (Changed(values, current, field) && values[field] is not null)
        {
            values[field] = expand(RefResolver.Resolve(values[field], collection, Owner, field));
        }
    }

    private static void FillContactDetails(JsonObject values, JsonObject contact)
    {
        values["contactName"] ??= Refs.PersonName(contact);
        if (contact["communicationItems"] is not JsonArray items)
        {
            return;
        }

        foreach (var item in items.OfType<JsonObject>())
        {
            var type = JsonValues.GetString(item["communicationType"]);
            var value = JsonValues.GetString(item["value"]);
            if (string.Equals(type, "Email", StringComparison.OrdinalIgnoreCase))
            {
                values["contactEmailAddress"] ??= value;
            }
            else if (string.Equals(type, "Phone", StringComparison.OrdinalIgnoreCase))
            {
                values["contactPhoneNumber"] ??= value;
            }
        }
    }

    private JsonObject? DefaultStatus(JsonObject board)
    {
        var boardId = EntityCollection.IdOf(board);
        var statuses = store.Statuses.Items.Where(s => JsonValues.GetInt(s["board"]?["id"]) == boardId).ToList();
        return statuses.Find(s => JsonValues.GetBool(s["defaultFlag"]) == true)
            ?? statuses.OrderBy(s => JsonValues.GetInt(s["sortOrder"]) ?? 0).FirstOrDefault();
    }

    private JsonObject? DefaultPriority() =>
        store.Priorities.Items.FirstOrDefault(p => JsonValues.GetBool(p["defaultFlag"]) == true)
        ?? store.Priorities.Items.FirstOrDefault();

    private static bool IsProjectBoard(JsonObject board) => JsonValues.GetBool(board["projectFlag"]) == true;

    private static bool BelongsTo(EntityCollection collection, JsonNode? reference, int boardId) =>
        collection.Find(JsonValues.GetInt(reference?["id"]) ?? 0) is { } item && JsonValues.GetInt(item["board"]?["id"]) == boardId;

    private static bool Changed(JsonObject values, JsonObject? current, string field) =>
        current is null || !JsonNode.DeepEquals(values[field], current[field]);

    private SandboxApiException NotOnBoard(string field, string name, JsonObject board) =>
        CwErrors.InvalidField(Owner, field,
            $"The {field} '{name}' is not valid for the service board '{JsonValues.GetString(board["name"])}' (id {EntityCollection.IdOf(board)}).");
}
