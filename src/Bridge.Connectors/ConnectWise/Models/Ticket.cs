using System.Text.Json.Serialization;
using Bridge.Connectors.ConnectWise.Json;

namespace Bridge.Connectors.ConnectWise.Models;

/// <summary>
/// A service ticket (<c>/service/tickets</c>), the subset of the 2025.1 model the bridge reads and writes.
/// Unset properties are not sent; unknown response fields are ignored.
/// </summary>
public sealed record Ticket
{
    /// <summary>Ticket id.</summary>
    public int? Id { get; init; }

    /// <summary>Summary (at most 100 characters; required on create).</summary>
    public string? Summary { get; init; }

    /// <summary><c>ServiceTicket</c>, <c>ProjectTicket</c> or <c>ProjectIssue</c>.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? RecordType { get; init; }

    /// <summary>Service board.</summary>
    public Reference? Board { get; init; }

    /// <summary>Board status.</summary>
    public Reference? Status { get; init; }

    /// <summary>Client company (required on create).</summary>
    public Reference? Company { get; init; }

    /// <summary>Company site.</summary>
    public Reference? Site { get; init; }

    /// <summary>Client contact.</summary>
    public Reference? Contact { get; init; }

    /// <summary>Contact name as entered on the ticket.</summary>
    public string? ContactName { get; init; }

    /// <summary>Contact phone number as entered on the ticket.</summary>
    public string? ContactPhoneNumber { get; init; }

    /// <summary>Contact e-mail as entered on the ticket.</summary>
    public string? ContactEmailAddress { get; init; }

    /// <summary>Ticket type.</summary>
    public Reference? Type { get; init; }

    /// <summary>Ticket subtype.</summary>
    public Reference? SubType { get; init; }

    /// <summary>Ticket item.</summary>
    public Reference? Item { get; init; }

    /// <summary>Service team.</summary>
    public Reference? Team { get; init; }

    /// <summary>Owning member.</summary>
    public Reference? Owner { get; init; }

    /// <summary>Priority.</summary>
    public Reference? Priority { get; init; }

    /// <summary>Source (phone, e-mail, portal…).</summary>
    public Reference? Source { get; init; }

    /// <summary>Agreement the ticket is billed against.</summary>
    public Reference? Agreement { get; init; }

    /// <summary>Severity (<c>Low|Medium|High</c>; the UI's urgency).</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Severity { get; init; }

    /// <summary>Impact (<c>Low|Medium|High</c>).</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Impact { get; init; }

    /// <summary>Comma-separated member identifiers assigned as resources.</summary>
    public string? Resources { get; init; }

    /// <summary>Whether the ticket is closed.</summary>
    public bool? ClosedFlag { get; init; }

    /// <summary>When the ticket was closed.</summary>
    public DateTimeOffset? ClosedDate { get; init; }

    /// <summary>Who closed it.</summary>
    public string? ClosedBy { get; init; }

    /// <summary>Whether the customer updated the ticket since the last technician look.</summary>
    public bool? CustomerUpdatedFlag { get; init; }

    /// <summary>When the ticket was first responded to.</summary>
    public DateTimeOffset? DateResponded { get; init; }

    /// <summary>Required-by date.</summary>
    public DateTimeOffset? RequiredDate { get; init; }

    /// <summary>Whether the ticket is within its SLA.</summary>
    public bool? IsInSla { get; init; }

    /// <summary>SLA status text such as "Resolve by …".</summary>
    public string? SlaStatus { get; init; }

    /// <summary>Hours budgeted for the ticket (the estimate; what is left of it is work "in the pipe").</summary>
    public decimal? BudgetHours { get; init; }

    /// <summary>Hours logged on the ticket so far (read-only: ConnectWise sums the time entries).</summary>
    public decimal? ActualHours { get; init; }

    /// <summary>Write-only on create: the first discussion note.</summary>
    public string? InitialDescription { get; init; }

    /// <summary>Write-only on create: the first internal note.</summary>
    public string? InitialInternalAnalysis { get; init; }

    /// <summary>False skips ConnectWise's notification rules for this write.</summary>
    public bool? ProcessNotifications { get; init; }

    /// <summary>Custom fields.</summary>
    public IReadOnlyList<CustomFieldValue>? CustomFields { get; init; }

    /// <summary>The <c>_info</c> block (last updated, entered).</summary>
    [JsonPropertyName("_info")]
    public RecordInfo? Info { get; init; }
}
