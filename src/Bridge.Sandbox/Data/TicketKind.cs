using System.Text.Json.Nodes;

namespace Bridge.Sandbox.Data;

/// <summary>
/// Service tickets and project tickets share one id space (and one collection here) but are separate resources
/// in ConnectWise: <c>/service/tickets/{id}</c> of a project ticket is 404, and <c>/project/tickets/{id}</c> of a
/// service ticket too. A ticket's kind follows from its <c>recordType</c>.
/// </summary>
internal sealed class TicketKind
{
    public const string ServiceTicket = "ServiceTicket";
    public const string ProjectTicket = "ProjectTicket";
    public const string ProjectIssue = "ProjectIssue";

    public static readonly TicketKind Service = new(Schemas.Ticket, "service/tickets", false, [ServiceTicket]);

    public static readonly TicketKind Project = new(Schemas.ProjectTicket, "project/tickets", true, [ProjectTicket, ProjectIssue]);

    private readonly string[] _recordTypes;

    private TicketKind(ResourceSchema schema, string resourcePath, bool isProject, string[] recordTypes)
    {
        Schema = schema;
        ResourcePath = resourcePath;
        IsProject = isProject;
        _recordTypes = recordTypes;
    }

    public ResourceSchema Schema { get; }

    /// <summary>Relative to the API base: <c>service/tickets</c> or <c>project/tickets</c>.</summary>
    public string ResourcePath { get; }

    /// <summary>Project tickets live on boards with <c>projectFlag</c>; service tickets never do.</summary>
    public bool IsProject { get; }

    /// <summary>The model name in error messages: <c>Ticket</c> or <c>ProjectTicket</c>.</summary>
    public string TypeName => Schema.TypeName;

    public static TicketKind Of(JsonObject ticket) => Project.Includes(ticket) ? Project : Service;

    /// <summary>The kind of a <c>recordType</c> (or a time entry's <c>chargeToType</c>); null for anything else.</summary>
    public static TicketKind? ForRecordType(string? recordType) =>
        Service.HasRecordType(recordType) ? Service : Project.HasRecordType(recordType) ? Project : null;

    /// <summary>The record type spelled as ConnectWise does (<c>projectticket</c> → <c>ProjectTicket</c>); null when not a ticket's.</summary>
    public static string? Canonical(string? recordType) =>
        Array.Find([ServiceTicket, ProjectTicket, ProjectIssue], r => string.Equals(r, recordType, StringComparison.OrdinalIgnoreCase));

    public bool Includes(JsonObject ticket) => HasRecordType(JsonValues.GetString(ticket["recordType"]));

    /// <summary>The ticket with that id if it is of this kind, else the 404 this resource answers.</summary>
    public JsonObject Find(EntityCollection tickets, int id) =>
        tickets.Find(id) is { } ticket && Includes(ticket) ? ticket : throw CwErrors.NotFound(TypeName, id);

    private bool HasRecordType(string? recordType) =>
        recordType is not null && Array.Exists(_recordTypes, r => string.Equals(r, recordType, StringComparison.OrdinalIgnoreCase));
}
