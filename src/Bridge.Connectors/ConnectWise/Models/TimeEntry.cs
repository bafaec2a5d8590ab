using System.Text.Json.Serialization;
using Bridge.Connectors.ConnectWise.Json;

namespace Bridge.Connectors.ConnectWise.Models;

/// <summary>
/// A time entry (<c>/time/entries</c>). Instants are sent as UTC whole seconds, as ConnectWise requires.
/// </summary>
public sealed record TimeEntry
{
    /// <summary>Time entry id.</summary>
    public int? Id { get; init; }

    /// <summary>Id of the record the time is charged to (e.g. the ticket id).</summary>
    public int? ChargeToId { get; init; }

    /// <summary><c>ServiceTicket</c>, <c>ProjectTicket</c>, <c>ChargeCode</c> or <c>Activity</c>.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ChargeToType { get; init; }

    /// <summary>Member who did the work.</summary>
    public Reference? Member { get; init; }

    /// <summary>Start (required on create).</summary>
    public DateTimeOffset? TimeStart { get; init; }

    /// <summary>End.</summary>
    public DateTimeOffset? TimeEnd { get; init; }

    /// <summary>Actual hours.</summary>
    public decimal? ActualHours { get; init; }

    /// <summary>Hours deducted.</summary>
    public decimal? HoursDeduct { get; init; }

    /// <summary>Hours billed.</summary>
    public decimal? HoursBilled { get; init; }

    /// <summary><c>Billable</c>, <c>DoNotBill</c>, <c>NoCharge</c> or <c>NoDefault</c>.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? BillableOption { get; init; }

    /// <summary>Notes (shown to the client on the invoice).</summary>
    public string? Notes { get; init; }

    /// <summary>Internal notes (the bridge's outbox marker goes here).</summary>
    public string? InternalNotes { get; init; }

    /// <summary>Work type (after-hours classification).</summary>
    public Reference? WorkType { get; init; }

    /// <summary>Work role.</summary>
    public Reference? WorkRole { get; init; }

    /// <summary>Agreement.</summary>
    public Reference? Agreement { get; init; }

    /// <summary>Company (read-mostly).</summary>
    public Reference? Company { get; init; }

    /// <summary>Ticket (read-only).</summary>
    public Reference? Ticket { get; init; }

    /// <summary>Approval status (read-only), e.g. <c>Open</c>, <c>Billed</c>.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; init; }

    /// <summary>Action flag: add the notes to the ticket's discussion.</summary>
    public bool? AddToDetailDescriptionFlag { get; init; }

    /// <summary>Action flag: add the notes to the ticket's internal analysis.</summary>
    public bool? AddToInternalAnalysisFlag { get; init; }

    /// <summary>Action flag: add the notes to the ticket's resolution.</summary>
    public bool? AddToResolutionFlag { get; init; }

    /// <summary>Action flag: e-mail the resource.</summary>
    public bool? EmailResourceFlag { get; init; }

    /// <summary>Action flag: e-mail the contact.</summary>
    public bool? EmailContactFlag { get; init; }

    /// <summary>Action flag: e-mail the cc list.</summary>
    public bool? EmailCcFlag { get; init; }

    /// <summary>
    /// Client-supplied GUID (uniqueness not enforced by ConnectWise, as far as is known). Kept as text: other
    /// clients put non-GUID values here, and one of those must not fail the list it comes in.
    /// </summary>
    public string? MobileGuid { get; init; }

    /// <summary>The <c>_info</c> block.</summary>
    [JsonPropertyName("_info")]
    public RecordInfo? Info { get; init; }
}
