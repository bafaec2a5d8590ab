namespace Bridge.Worker.Ingest;

/// <summary>
/// ConnectWise's <c>recordType</c> of a ticket. Service and project tickets share one id space but are separate
/// resources (<c>/service/tickets</c>, <c>/project/tickets</c>), and time entries name which one they charge.
/// </summary>
public static class TicketRecordTypes
{
    public const string ServiceTicket = "ServiceTicket";
    public const string ProjectTicket = "ProjectTicket";
    public const string ProjectIssue = "ProjectIssue";

    /// <summary>A missing record type is a service ticket: that is all <c>/service/tickets</c> answers with.</summary>
    public static bool IsProject(string? recordType) =>
        string.Equals(recordType, ProjectTicket, StringComparison.OrdinalIgnoreCase)
        || string.Equals(recordType, ProjectIssue, StringComparison.OrdinalIgnoreCase);

    /// <summary>The <c>chargeToType</c> of a time entry on a ticket of this record type.</summary>
    public static string ChargeToType(string? recordType) =>
        string.Equals(recordType, ProjectIssue, StringComparison.OrdinalIgnoreCase) ? ProjectIssue
        : string.Equals(recordType, ProjectTicket, StringComparison.OrdinalIgnoreCase) ? ProjectTicket
        : ServiceTicket;
}
