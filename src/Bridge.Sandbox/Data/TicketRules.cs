using System.Text.Json.Nodes;

namespace Bridge.Sandbox.Data;

/// <summary>Validation and derivation for service tickets: what POST, PUT and PATCH do to a ticket.</summary>
internal sealed class TicketRules(DataStore store)
{
    private const int MaxSummaryLength = 100;

    private readonly TicketReferences _references = new(store);

    /// <summary>Builds a new ticket from a create body; the initial description fields become notes.</summary>
    public (JsonObject Ticket, List<JsonObject> Notes) Create(JsonObject body, string actor)
    {
        var values = EntityShaper.Normalize(body, Schemas.Ticket);
        foreach (var field in Schemas.Ticket.TopLevel)
        {
            if (field.Access == FieldAccess.ReadOnly)
            {
                values.Remove(field.Name);
            }
        }

        CheckRequired(values);
        _references.Resolve(values, current: null);

        var stamp = store.Stamp();
        Derive(values, previousStatus: null, stamp, actor);
        values["severity"] ??= "Medium";
        values["impact"] ??= "Medium";
        values["billTime"] ??= "NoDefault";
        values["billExpenses"] ??= "NoDefault";
        values["billProducts"] ??= "NoDefault";
        values["approved"] ??= true;
        values["customFields"] ??= new JsonArray();

        var id = store.Tickets.NextId();
        values["id"] = id;
        values["recordType"] = "ServiceTicket";
        values["isInSla"] = true;
        values["_info"] = store.NewInfo(stamp, actor, true, TicketHrefs(id));

        var notes = new List<JsonObject>();
        AddInitialNote(notes, values, "initialDescription", "detailDescriptionFlag", id, stamp, actor);
        AddInitialNote(notes, values, "initialInternalAnalysis", "internalAnalysisFlag", id, stamp, actor);
        AddInitialNote(notes, values, "initialResolution", "resolutionFlag", id, stamp, actor);
        return (EntityShaper.Shape(values, Schemas.Ticket), notes);
    }

    /// <summary>
    /// Applies a desired state (the current ticket after a patch, or a PUT body) and returns the new ticket.
    /// Read-only members keep their current values; references are re-resolved only where they changed.
    /// </summary>
    public JsonObject Update(JsonObject current, JsonObject desired, string actor)
    {
        desired.Remove("_info");
        var values = EntityShaper.Normalize(desired, Schemas.Ticket);
        foreach (var field in Schemas.Ticket.TopLevel)
        {
            if (field.Access == FieldAccess.ReadOnly)
            {
                values[field.Name] = current[field.Name]?.DeepClone();
            }
        }

        CheckRequired(values);
        _references.Resolve(values, current);
        var stamp = store.Stamp();
        Derive(values, store.Statuses.Find(JsonValues.GetInt(current["status"]?["id"]) ?? 0), stamp, actor);
        values["_info"] = DataStore.UpdatedInfo(current, stamp, actor);
        return EntityShaper.Shape(values, Schemas.Ticket);
    }

    /// <summary>Re-stamps a ticket touched by a note or time entry, with its hours recomputed.</summary>
    public JsonObject Touch(JsonObject current, string actor, decimal? actualHours = null)
    {
        var values = (JsonObject)current.DeepClone();
        if (actualHours is { } hours)
        {
            values["actualHours"] = hours;
        }

        values["_info"] = DataStore.UpdatedInfo(current, store.Stamp(), actor);
        return EntityShaper.Shape(values, Schemas.Ticket);
    }

    /// <summary>Whether time may be logged against the ticket in its current status.</summary>
    public JsonObject? BlockingStatus(JsonObject ticket)
    {
        var status = store.Statuses.Find(JsonValues.GetInt(ticket["status"]?["id"]) ?? 0);
        return status is not null && JsonValues.GetBool(status["timeEntryNotAllowed"]) == true ? status : null;
    }

    private static void CheckRequired(JsonObject values)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(EntityShaper.Text(values, "summary")))
        {
            missing.Add("summary");
        }

        if (values["company"] is null)
        {
            missing.Add("company");
        }

        if (missing.Count > 0)
        {
            throw CwErrors.MissingFields("Ticket", missing);
        }

        if (EntityShaper.Text(values, "summary")!.Length > MaxSummaryLength)
        {
            throw CwErrors.InvalidField("Ticket", "summary", $"Summary cannot be longer than {MaxSummaryLength} characters.");
        }
    }

    // Closed flags and response dates follow the status, as ConnectWise's workflow does.
    private void Derive(JsonObject values, JsonObject? previousStatus, string stamp, string actor)
    {
        var status = _references.StatusOf(values);
        var closed = JsonValues.GetBool(status["closedStatus"]) == true;
        var wasClosed = previousStatus is not null && JsonValues.GetBool(previousStatus["closedStatus"]) == true;
        values["closedFlag"] = closed;
        if (closed && !wasClosed)
        {
            values["closedDate"] = stamp;
            values["closedBy"] = actor;
            values["dateResolved"] ??= stamp;
        }
        else if (!closed)
        {
            values.Remove("closedDate");
            values.Remove("closedBy");
        }

        var escalation = JsonValues.GetString(status["escalationStatus"]);
        if (escalation is "Responded" or "ResolutionPlan" or "Resolved")
        {
            values["dateResponded"] ??= stamp;
        }
    }

    private void AddInitialNote(List<JsonObject> notes, JsonObject values, string source, string flag, int ticketId, string stamp, string actor)
    {
        if (EntityShaper.Text(values, source) is not { Length: > 0 } text)
        {
            return;
        }

        var note = new JsonObject
        {
            ["ticketId"] = ticketId,
            ["text"] = text,
            [flag] = true,
        };
        notes.Add(NoteRules.Finish(store, note, stamp, actor));
    }

    private static (string, string)[] TicketHrefs(int id) =>
    [
        ("notes_href", $"service/tickets/{id}/notes"),
        ("timeentries_href", $"time/entries?conditions=chargeToType='ServiceTicket' AND chargeToId={id}"),
        ("configurations_href", $"service/tickets/{id}/configurations"),
        ("tasks_href", $"service/tickets/{id}/tasks"),
        ("scheduleentries_href", $"schedule/entries?conditions=type/id=4 AND objectId={id}"),
        ("documents_href", $"system/documents?recordType=Ticket&recordId={id}"),
    ];
}
