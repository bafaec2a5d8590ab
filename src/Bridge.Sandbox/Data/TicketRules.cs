using System.Text.Json.Nodes;

namespace Bridge.Sandbox.Data;

/// <summary>Validation and derivation for service and project tickets: what POST, PUT and PATCH do to a ticket.</summary>
internal sealed class TicketRules(DataStore store)
{
    private const int MaxSummaryLength = 100;

    private readonly TicketReferences _service = new(store, TicketKind.Service);
    private readonly TicketReferences _project = new(store, TicketKind.Project);

    /// <summary>Builds a new ticket from a create body; the initial description fields become notes.</summary>
    /// <param name="body">The create body.</param>
    /// <param name="actor">Who creates it.</param>
    /// <param name="recordType"><c>ServiceTicket</c>, <c>ProjectTicket</c> or <c>ProjectIssue</c>.</param>
    public (JsonObject Ticket, List<JsonObject> Notes) Create(JsonObject body, string actor, string recordType = TicketKind.ServiceTicket)
    {
        recordType = TicketKind.Canonical(recordType) ?? throw new ArgumentOutOfRangeException(nameof(recordType), recordType, "Not a ticket record type.");
        var kind = TicketKind.ForRecordType(recordType)!;
        var schema = kind.Schema;
        var values = EntityShaper.Normalize(body, schema);
        foreach (var field in schema.TopLevel)
        {
            if (field.Access == FieldAccess.ReadOnly)
            {
                values.Remove(field.Name);
            }
        }

        CheckRequired(values, kind);
        var references = References(kind);
        references.Resolve(values, current: null);

        var stamp = store.Stamp();
        Derive(references, values, previousStatus: null, stamp, actor);
        values["severity"] ??= "Medium";
        values["impact"] ??= "Medium";
        values["billTime"] ??= "NoDefault";
        values["billExpenses"] ??= "NoDefault";
        values["billProducts"] ??= "NoDefault";
        values["approved"] ??= true;
        values["customFields"] ??= new JsonArray();

        var id = store.Tickets.NextId();
        values["id"] = id;
        values["recordType"] = recordType;
        values["isInSla"] = true;
        values["_info"] = store.NewInfo(stamp, actor, true, TicketHrefs(kind, id));

        var notes = new List<JsonObject>();
        AddInitialNote(notes, values, "initialDescription", "detailDescriptionFlag", id, stamp, actor);
        AddInitialNote(notes, values, "initialInternalAnalysis", "internalAnalysisFlag", id, stamp, actor);
        AddInitialNote(notes, values, "initialResolution", "resolutionFlag", id, stamp, actor);
        return (EntityShaper.Shape(values, schema), notes);
    }

    /// <summary>
    /// Applies a desired state (the current ticket after a patch, or a PUT body) and returns the new ticket.
    /// Read-only members keep their current values; references are re-resolved only where they changed.
    /// </summary>
    public JsonObject Update(JsonObject current, JsonObject desired, string actor)
    {
        var kind = TicketKind.Of(current);
        desired.Remove("_info");
        var values = EntityShaper.Normalize(desired, kind.Schema);
        foreach (var field in kind.Schema.TopLevel)
        {
            if (field.Access == FieldAccess.ReadOnly)
            {
                values[field.Name] = current[field.Name]?.DeepClone();
            }
        }

        CheckRequired(values, kind);
        var references = References(kind);
        references.Resolve(values, current);
        var stamp = store.Stamp();
        Derive(references, values, store.Statuses.Find(JsonValues.GetInt(current["status"]?["id"]) ?? 0), stamp, actor);
        values["_info"] = DataStore.UpdatedInfo(current, stamp, actor);
        return EntityShaper.Shape(values, kind.Schema);
    }

    /// <summary>Re-stamps a ticket touched by a note, a time entry or a configuration, with its hours recomputed.</summary>
    public JsonObject Touch(JsonObject current, string actor, decimal? actualHours = null)
    {
        var values = (JsonObject)current.DeepClone();
        if (actualHours is { } hours)
        {
            values["actualHours"] = hours;
        }

        values["_info"] = DataStore.UpdatedInfo(current, store.Stamp(), actor);
        return EntityShaper.Shape(values, TicketKind.Of(current).Schema);
    }

    /// <summary>Whether time may be logged against the ticket in its current status.</summary>
    public JsonObject? BlockingStatus(JsonObject ticket)
    {
        var status = store.Statuses.Find(JsonValues.GetInt(ticket["status"]?["id"]) ?? 0);
        return status is not null && JsonValues.GetBool(status["timeEntryNotAllowed"]) == true ? status : null;
    }

    private TicketReferences References(TicketKind kind) => kind.IsProject ? _project : _service;

    private static void CheckRequired(JsonObject values, TicketKind kind)
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
            throw CwErrors.MissingFields(kind.TypeName, missing);
        }

        if (EntityShaper.Text(values, "summary")!.Length > MaxSummaryLength)
        {
            throw CwErrors.InvalidField(kind.TypeName, "summary", $"Summary cannot be longer than {MaxSummaryLength} characters.");
        }
    }

    // Closed flags and response dates follow the status, as ConnectWise's workflow does.
    private static void Derive(TicketReferences references, JsonObject values, JsonObject? previousStatus, string stamp, string actor)
    {
        var status = references.StatusOf(values);
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

    private static (string, string)[] TicketHrefs(TicketKind kind, int id) =>
    [
        ("notes_href", $"{kind.ResourcePath}/{id}/notes"),
        ("timeentries_href", kind.IsProject
            ? $"time/entries?conditions=(chargeToType='ProjectTicket' OR chargeToType='ProjectIssue') AND chargeToId={id}"
            : $"time/entries?conditions=chargeToType='ServiceTicket' AND chargeToId={id}"),
        ("configurations_href", $"{kind.ResourcePath}/{id}/configurations"),
        ("tasks_href", $"{kind.ResourcePath}/{id}/tasks"),
        ("scheduleentries_href", $"schedule/entries?conditions=type/id=4 AND objectId={id}"),
        ("documents_href", $"system/documents?recordType=Ticket&recordId={id}"),
    ];
}
