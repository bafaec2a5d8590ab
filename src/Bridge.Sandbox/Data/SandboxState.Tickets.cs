using System.Text.Json.Nodes;
using Bridge.Sandbox.Data;

namespace Bridge.Sandbox;

/// <summary>
/// Tickets, notes and time entries as a client or technician would change them in ConnectWise. Like a technician,
/// these methods reach service and project tickets alike (ids are shared); the API keeps them apart.
/// </summary>
public sealed partial class SandboxState
{
    /// <summary>The service tickets in id order (detached copies), as <c>/service/tickets</c> lists them.</summary>
    public IReadOnlyList<JsonObject> Tickets => Read(s => Copies(s.Tickets.Items.Where(TicketKind.Service.Includes)));

    /// <summary>Number of service tickets, without copying them.</summary>
    public int TicketCount => Read(s => s.Tickets.Items.Count(TicketKind.Service.Includes));

    /// <summary>
    /// Creates a ticket exactly like <c>POST /service/tickets</c>: default board, status and priority, references
    /// resolved by name, <c>_info</c> stamped, and an <c>added</c> callback sent to matching registrations.
    /// </summary>
    /// <param name="companyIdentifier">The client, e.g. <c>NorthwindDental</c>.</param>
    /// <param name="summary">At most 100 characters.</param>
    /// <param name="configure">More fields, e.g. <c>t =&gt; t.Priority(1).Type("Server")</c>.</param>
    /// <param name="memberIdentifier">Who made the change (<c>_info.updatedBy</c>, callback <c>MemberId</c>).</param>
    /// <returns>The created ticket.</returns>
    /// <exception cref="SandboxApiException">The data is invalid (unknown company, status not on the board, …).</exception>
    public JsonObject CreateTicket(string companyIdentifier, string summary, Action<TicketChange>? configure = null, string? memberIdentifier = null) =>
        CreateTicketOf(TicketKind.ServiceTicket, companyIdentifier, summary, configure, memberIdentifier);

    /// <summary>
    /// Creates <paramref name="count"/> tickets quickly (20,000 in well under a few seconds). Companies cycle
    /// through the existing companies unless <paramref name="configure"/> sets one; summaries are "Sample ticket N".
    /// </summary>
    /// <param name="count">How many tickets.</param>
    /// <param name="configure">Called with the 0-based index and the change of each ticket.</param>
    /// <param name="memberIdentifier">Who created them.</param>
    /// <param name="raiseCallbacks">Whether each creation sends <c>added</c> callbacks (off by default).</param>
    /// <returns>The new ticket ids in order.</returns>
    public IReadOnlyList<int> CreateTickets(int count, Action<int, TicketChange>? configure = null, string? memberIdentifier = null, bool raiseCallbacks = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var actor = memberIdentifier ?? DefaultMemberIdentifier;
        var ids = new List<int>(count);
        lock (_gate)
        {
            var companies = Store.Companies.Items.Select(EntityCollection.IdOf).ToArray();
            if (companies.Length == 0 && count > 0)
            {
                throw new InvalidOperationException("Add a company before creating tickets.");
            }

            for (var i = 0; i < count; i++)
            {
                var body = new JsonObject
                {
                    ["summary"] = $"Sample ticket {i + 1}",
                    ["company"] = new JsonObject { ["id"] = companies[i % companies.Length] },
                };
                IReadOnlyList<string>? configurations = null;
                if (configure is not null)
                {
                    var change = new TicketChange();
                    configure(i, change);
                    JsonPatch.Apply(body, change.Operations, Schemas.Ticket);
                    configurations = change.Configurations;
                }

                ids.Add(EntityCollection.IdOf(CreateTicketStored(body, actor, raiseCallbacks, configurations: configurations)));
            }
        }

        return ids;
    }

    /// <summary>
    /// Changes a ticket (service or project) exactly like a PATCH: stamps <c>_info</c> and sends <c>updated</c>
    /// callbacks. Configurations named with <see cref="TicketChange.Configuration"/> are attached in the same save.
    /// </summary>
    /// <param name="id">Ticket id.</param>
    /// <param name="change">The edits, e.g. <c>t =&gt; t.Status("Assigned").Owner("anguyen")</c>.</param>
    /// <param name="memberIdentifier">Who made the change.</param>
    /// <returns>The updated ticket.</returns>
    /// <exception cref="SandboxApiException">Unknown ticket (404) or invalid change (400).</exception>
    public JsonObject UpdateTicket(int id, Action<TicketChange> change, string? memberIdentifier = null)
    {
        var edits = new TicketChange();
        change(edits);
        return UpdateTicketCore(id, desired => JsonPatch.Apply(desired, edits.Operations, Schemas.Ticket), memberIdentifier ?? DefaultMemberIdentifier,
            configurations: edits.Configurations);
    }

    /// <summary>Deletes a ticket (service or project) and its notes; sends <c>deleted</c> callbacks (with a null Entity).</summary>
    public void DeleteTicket(int id, string? memberIdentifier = null) =>
        DeleteTicketCore(id, memberIdentifier ?? DefaultMemberIdentifier);

    /// <summary>The ticket, service or project (see its <c>recordType</c>), or null when there is none with that id.</summary>
    public JsonObject? GetTicket(int id) => Read(s => s.Tickets.Find(id)?.DeepClone() as JsonObject);

    /// <summary>The notes of a ticket in id order (the initial description is the first).</summary>
    public IReadOnlyList<JsonObject> Notes(int ticketId) =>
        Read(s => Copies(s.Notes.Items.Where(n => JsonValues.GetInt(n["ticketId"]) == ticketId)));

    /// <summary>Adds a note as a technician would; the ticket is stamped and an <c>updated</c> callback sent.</summary>
    /// <param name="ticketId">Ticket id.</param>
    /// <param name="text">Note text.</param>
    /// <param name="internalNote">True: internal analysis; false: discussion (detail description).</param>
    /// <param name="memberIdentifier">The author.</param>
    public JsonObject AddNote(int ticketId, string text, bool internalNote = false, string? memberIdentifier = null) =>
        AddNoteCore(ticketId, new JsonObject
        {
            ["text"] = text,
            [internalNote ? "internalAnalysisFlag" : "detailDescriptionFlag"] = true,
        }, memberIdentifier ?? DefaultMemberIdentifier);

    /// <summary>The time entries charged to a ticket (service or project), in id order.</summary>
    public IReadOnlyList<JsonObject> TimeEntries(int ticketId) =>
        Read(s => Copies(s.TimeEntries.Items.Where(e =>
            JsonValues.GetInt(e["chargeToId"]) == ticketId && TicketKind.ForRecordType(JsonValues.GetString(e["chargeToType"])) is not null)));

    /// <summary>
    /// Logs time on a ticket as the member would; same validation as <c>POST /time/entries</c>, charged with the
    /// ticket's own record type (<c>ServiceTicket</c>, <c>ProjectTicket</c> or <c>ProjectIssue</c>).
    /// </summary>
    public JsonObject AddTimeEntry(int ticketId, DateTimeOffset start, DateTimeOffset end, string memberIdentifier, string? notes = null)
    {
        var body = TimeEntryBody(ticketId, start, end, memberIdentifier);
        body["notes"] = notes;
        return CreateTimeEntryCore(body, memberIdentifier);
    }

    /// <summary>The callback registrations (<c>/system/callbacks</c>) in id order.</summary>
    public IReadOnlyList<JsonObject> CallbackRegistrations => Read(s => Copies(s.Callbacks.Items));

    private JsonObject CreateTicketOf(string recordType, string companyIdentifier, string summary, Action<TicketChange>? configure, string? memberIdentifier)
    {
        var body = new JsonObject
        {
            ["summary"] = summary,
            ["company"] = new JsonObject { ["identifier"] = companyIdentifier },
        };
        var change = new TicketChange();
        configure?.Invoke(change);
        JsonPatch.Apply(body, change.Operations, TicketKind.ForRecordType(recordType)!.Schema);
        return CreateTicketCore(body, memberIdentifier ?? DefaultMemberIdentifier, recordType: recordType, configurations: change.Configurations);
    }
}
