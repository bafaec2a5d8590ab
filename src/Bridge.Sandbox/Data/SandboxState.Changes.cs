using System.Text.Json.Nodes;
using Bridge.Sandbox.Callbacks;
using Bridge.Sandbox.Data;

namespace Bridge.Sandbox;

/// <summary>The one write path shared by the API and the C# methods: validate, store, stamp, raise callbacks.</summary>
public sealed partial class SandboxState
{
    internal JsonObject CreateTicketCore(JsonObject body, string actor, bool raiseCallbacks = true,
        string recordType = TicketKind.ServiceTicket, IReadOnlyList<string>? configurations = null) =>
        (JsonObject)CreateTicketStored(body, actor, raiseCallbacks, recordType, configurations).DeepClone();

    /// <summary>Creates and returns the stored ticket itself: callers under the lock must not hand it out.</summary>
    private JsonObject CreateTicketStored(JsonObject body, string actor, bool raiseCallbacks,
        string recordType = TicketKind.ServiceTicket, IReadOnlyList<string>? configurations = null)
    {
        var skip = SkipCallback(body);
        lock (_gate)
        {
            var attach = ConfigurationIdsByName(configurations, ticketId: null);
            var (ticket, notes) = _ticketRules.Create(body, actor, recordType);
            Store.Tickets.Put(ticket);
            notes.ForEach(Store.Notes.Put);
            Attach(EntityCollection.IdOf(ticket), attach);
            if (raiseCallbacks && !skip)
            {
                PublishTicket("added", ticket, actor);
            }

            return ticket;
        }
    }

    /// <summary>
    /// PATCH and PUT: <paramref name="edit"/> turns a copy of the ticket into the desired state. <paramref name="kind"/>
    /// is the resource the request came through (null: the C# methods, which reach either kind).
    /// <paramref name="configurations"/> are attached in the same save.
    /// </summary>
    internal JsonObject UpdateTicketCore(int id, Action<JsonObject> edit, string actor, TicketKind? kind = null,
        IReadOnlyList<string>? configurations = null)
    {
        lock (_gate)
        {
            var current = FindTicket(id, kind);
            var desired = (JsonObject)current.DeepClone();
            edit(desired);
            var skip = SkipCallback(desired);
            var updated = _ticketRules.Update(current, desired, actor);
            var attach = ConfigurationIdsByName(configurations, id);
            Store.Tickets.Put(updated);
            Attach(id, attach);
            if (!skip)
            {
                PublishTicket("updated", updated, actor);
            }

            return (JsonObject)updated.DeepClone();
        }
    }

    internal void DeleteTicketCore(int id, string actor, TicketKind? kind = null)
    {
        lock (_gate)
        {
            var ticket = FindTicket(id, kind);
            Store.Tickets.Remove(id);
            Store.TicketConfigurations.RemoveTicket(id);
            foreach (var note in Store.Notes.Items.Where(n => JsonValues.GetInt(n["ticketId"]) == id).ToList())
            {
                Store.Notes.Remove(EntityCollection.IdOf(note));
            }

            Publish("ticket", "deleted", id, null, actor, TicketLevels(ticket));
        }
    }

    internal JsonObject AddNoteCore(int ticketId, JsonObject body, string actor, TicketKind? kind = null)
    {
        lock (_gate)
        {
            var ticket = FindTicket(ticketId, kind);
            var note = NoteRules.Create(Store, body, ticketId, actor);
            Store.Notes.Put(note);
            TouchTicket(ticket, actor, hours: null);
            return (JsonObject)note.DeepClone();
        }
    }

    internal JsonObject CreateTimeEntryCore(JsonObject body, string actor)
    {
        lock (_gate)
        {
            var entry = _timeRules.Build(body, null, actor);
            Store.TimeEntries.Put(entry);
            Publish("time", "added", EntityCollection.IdOf(entry), entry, actor, TimeLevels(entry));
            RecountTicketHours(entry, actor);
            return (JsonObject)entry.DeepClone();
        }
    }

    internal JsonObject UpdateTimeEntryCore(int id, Action<JsonObject> edit, string actor)
    {
        lock (_gate)
        {
            var current = Store.TimeEntries.Find(id) ?? throw CwErrors.NotFound("TimeEntry", id);
            var desired = (JsonObject)current.DeepClone();
            edit(desired);
            var updated = _timeRules.Build(desired, current, actor);
            Store.TimeEntries.Put(updated);
            Publish("time", "updated", id, updated, actor, TimeLevels(updated));
            RecountTicketHours(current, actor);
            if (JsonValues.GetInt(current["chargeToId"]) != JsonValues.GetInt(updated["chargeToId"]))
            {
                RecountTicketHours(updated, actor);
            }

            return (JsonObject)updated.DeepClone();
        }
    }

    internal void DeleteTimeEntryCore(int id, string actor)
    {
        lock (_gate)
        {
            var entry = Store.TimeEntries.Find(id) ?? throw CwErrors.NotFound("TimeEntry", id);
            Store.TimeEntries.Remove(id);
            Publish("time", "deleted", id, null, actor, TimeLevels(entry));
            RecountTicketHours(entry, actor);
        }
    }

    internal JsonObject SaveCallbackCore(int? id, Func<JsonObject?, JsonObject> body, string actor)
    {
        lock (_gate)
        {
            var current = id is { } existing
                ? Store.Callbacks.Find(existing) ?? throw CwErrors.NotFound("CallbackEntry", existing)
                : null;
            var entry = CallbackRules.Build(Store, body(current is null ? null : (JsonObject)current.DeepClone()), current, actor);
            Store.Callbacks.Put(entry);
            return (JsonObject)entry.DeepClone();
        }
    }

    internal void DeleteCallbackCore(int id)
    {
        lock (_gate)
        {
            if (!Store.Callbacks.Remove(id))
            {
                throw CwErrors.NotFound("CallbackEntry", id);
            }
        }
    }

    /// <summary>The ticket as the resource <paramref name="kind"/> sees it (null: either kind); 404 otherwise.</summary>
    private JsonObject FindTicket(int id, TicketKind? kind) =>
        kind is not null ? kind.Find(Store.Tickets, id) : Store.Tickets.Find(id) ?? throw CwErrors.NotFound("Ticket", id);

    private void TouchTicket(JsonObject ticket, string actor, decimal? hours)
    {
        var touched = _ticketRules.Touch(ticket, actor, hours);
        Store.Tickets.Put(touched);
        PublishTicket("updated", touched, actor);
    }

    private void RecountTicketHours(JsonObject entry, string actor)
    {
        if (JsonValues.GetInt(entry["chargeToId"]) is not { } ticketId || Store.Tickets.Find(ticketId) is not { } ticket
            || TicketKind.ForRecordType(JsonValues.GetString(entry["chargeToType"])) is null)
        {
            return;
        }

        var hours = Store.TimeEntries.Items
            .Where(e => JsonValues.GetInt(e["chargeToId"]) == ticketId && TicketKind.ForRecordType(JsonValues.GetString(e["chargeToType"])) is not null)
            .Sum(e => JsonValues.TryGetDecimal(e["actualHours"], out var h) ? h : 0m);
        TouchTicket(ticket, actor, hours);
    }

    private void PublishTicket(string action, JsonObject ticket, string actor) =>
        Publish("ticket", action, EntityCollection.IdOf(ticket), ticket, actor, TicketLevels(ticket));

    private static Dictionary<string, int> TicketLevels(JsonObject ticket) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["ticket"] = EntityCollection.IdOf(ticket),
        ["board"] = JsonValues.GetInt(ticket["board"]?["id"]) ?? 0,
        ["status"] = JsonValues.GetInt(ticket["status"]?["id"]) ?? 0,
    };

    private static Dictionary<string, int> TimeLevels(JsonObject entry) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["time"] = EntityCollection.IdOf(entry),
        ["company"] = JsonValues.GetInt(entry["company"]?["id"]) ?? 0,
    };

    // Runs under the lock, so deliveries are queued in the order the changes happened.
    private void Publish(string type, string action, int id, JsonObject? entity, string actor, Dictionary<string, int> levels)
    {
        if (CallbackSink is not { } sink)
        {
            return;
        }

        string? entityJson = null;
        foreach (var registration in Store.Callbacks.Items)
        {
            if (JsonValues.GetBool(registration["inactiveFlag"]) == true
                || !string.Equals(JsonValues.GetString(registration["type"]), type, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var level = JsonValues.GetString(registration["level"]) ?? string.Empty;
            var matches = string.Equals(level, "owner", StringComparison.OrdinalIgnoreCase)
                || (levels.TryGetValue(level, out var objectId) && objectId == JsonValues.GetInt(registration["objectId"]));
            if (!matches || IsSelfSuppressed(registration, actor))
            {
                continue;
            }

            entityJson ??= entity?.ToJsonString(CwJson.Options);
            sink(new CallbackDelivery(EntityCollection.IdOf(registration), JsonValues.GetString(registration["url"]) ?? string.Empty,
                type, action, id, entityJson, actor));
        }
    }

    // isSelfSuppressedFlag: the registering member does not hear about its own changes.
    private bool IsSelfSuppressed(JsonObject registration, string actor) =>
        JsonValues.GetBool(registration["isSelfSuppressedFlag"]) == true
        && Store.Members.Find(JsonValues.GetInt(registration["memberId"]) ?? 0) is { } member
        && string.Equals(JsonValues.GetString(member["identifier"]), actor, StringComparison.OrdinalIgnoreCase);

    private static bool SkipCallback(JsonObject body) =>
        body.Any(p => string.Equals(p.Key, "skipCallback", StringComparison.OrdinalIgnoreCase) && JsonValues.GetBool(p.Value) == true);
}
