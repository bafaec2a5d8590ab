using System.Text.Json.Nodes;
using Bridge.Sandbox.Data;

namespace Bridge.Sandbox;

/// <summary>What a service desk's day leaves in ConnectWise besides ticket edits: a missed SLA, time of a given kind.</summary>
public sealed partial class SandboxState
{
    /// <summary>
    /// Marks the ticket's SLA as missed (<c>isInSla</c> false), as ConnectWise's SLA engine does when a response or
    /// resolution deadline passes; clients cannot write <c>isInSla</c>. Stamps the ticket and sends <c>updated</c>.
    /// </summary>
    /// <param name="ticketId">Ticket id.</param>
    /// <param name="memberIdentifier">Who the stamp names (ConnectWise names its own service).</param>
    /// <returns>The updated ticket.</returns>
    public JsonObject MissSla(int ticketId, string? memberIdentifier = null)
    {
        lock (_gate)
        {
            var current = FindTicket(ticketId, kind: null);
            var missed = (JsonObject)current.DeepClone();
            missed["isInSla"] = false;
            TouchTicket(missed, memberIdentifier ?? DefaultMemberIdentifier, hours: null);
            return (JsonObject)Store.Tickets.Find(ticketId)!.DeepClone();
        }
    }

    /// <summary>
    /// Logs time on a ticket with a work type and a billable option, as a technician picks them in ConnectWise; same
    /// validation as <c>POST /time/entries</c> (an unknown work type is refused, <c>hoursBilled</c> is 0 unless billable).
    /// </summary>
    /// <param name="ticketId">Ticket id (service or project).</param>
    /// <param name="start">Start (whole seconds).</param>
    /// <param name="end">End.</param>
    /// <param name="memberIdentifier">The technician.</param>
    /// <param name="workType">A work type name, e.g. <c>Onsite</c>.</param>
    /// <param name="billableOption"><c>Billable</c>, <c>DoNotBill</c>, <c>NoCharge</c> or <c>NoDefault</c>.</param>
    /// <returns>The created entry.</returns>
    public JsonObject AddTimeEntry(int ticketId, DateTimeOffset start, DateTimeOffset end, string memberIdentifier, string workType, string billableOption)
    {
        var body = TimeEntryBody(ticketId, start, end, memberIdentifier);
        body["workType"] = new JsonObject { ["name"] = workType };
        body["billableOption"] = billableOption;
        return CreateTimeEntryCore(body, memberIdentifier);
    }

    /// <summary>A time entry on the ticket, charged with its own record type (<c>ServiceTicket</c>, <c>ProjectTicket</c> or <c>ProjectIssue</c>).</summary>
    private JsonObject TimeEntryBody(int ticketId, DateTimeOffset start, DateTimeOffset end, string memberIdentifier) => new()
    {
        ["chargeToId"] = ticketId,
        ["chargeToType"] = Read(s => JsonValues.GetString(s.Tickets.Find(ticketId)?["recordType"])) ?? TicketKind.ServiceTicket,
        ["member"] = new JsonObject { ["identifier"] = memberIdentifier },
        ["timeStart"] = CwDates.Format(start),
        ["timeEnd"] = CwDates.Format(end),
    };
}
