using System.Text.Json.Nodes;
using Bridge.Sandbox.Data;

namespace Bridge.Sandbox;

/// <summary>
/// Project tickets: the same id space as service tickets but the separate resource <c>/project/tickets</c>, on a
/// project board. Their callbacks are <c>ticket</c> callbacks whose Entity has <c>recordType</c> ProjectTicket or
/// ProjectIssue; update, delete, notes and time use the ticket methods.
/// </summary>
public sealed partial class SandboxState
{
    /// <summary>The project tickets and issues in id order (detached copies), as <c>/project/tickets</c> lists them.</summary>
    public IReadOnlyList<JsonObject> ProjectTickets => Read(s => Copies(s.Tickets.Items.Where(TicketKind.Project.Includes)));

    /// <summary>
    /// Creates a project ticket (<c>recordType</c> ProjectTicket) like <see cref="CreateTicket"/>: on the first project
    /// board unless <paramref name="configure"/> names one, stamped, with an <c>added</c> callback.
    /// </summary>
    /// <param name="companyIdentifier">The client, e.g. <c>NorthwindDental</c>.</param>
    /// <param name="summary">At most 100 characters.</param>
    /// <param name="configure">More fields, e.g. <c>t =&gt; t.Priority(1).Status("In Progress")</c>; statuses are the project board's.</param>
    /// <param name="memberIdentifier">Who made the change.</param>
    /// <exception cref="SandboxApiException">The data is invalid (no project board, a service board, unknown status, …).</exception>
    public JsonObject CreateProjectTicket(string companyIdentifier, string summary, Action<TicketChange>? configure = null, string? memberIdentifier = null) =>
        CreateTicketOf(TicketKind.ProjectTicket, companyIdentifier, summary, configure, memberIdentifier);

    /// <summary>Creates a project issue (<c>recordType</c> ProjectIssue); otherwise like <see cref="CreateProjectTicket"/>.</summary>
    public JsonObject CreateProjectIssue(string companyIdentifier, string summary, Action<TicketChange>? configure = null, string? memberIdentifier = null) =>
        CreateTicketOf(TicketKind.ProjectIssue, companyIdentifier, summary, configure, memberIdentifier);
}
