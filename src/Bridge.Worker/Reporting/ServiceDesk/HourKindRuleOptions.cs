namespace Bridge.Worker.Reporting.ServiceDesk;

/// <summary>
/// One rule of <c>Reporting:ServiceDesk:HourKinds</c>: a time entry whose work type, charge type and billable option
/// match (each empty: any; names without case, <c>*</c> a wildcard) counts as <see cref="Kind"/>. First match wins.
/// </summary>
public sealed class HourKindRuleOptions
{
    /// <summary>The entry's work type name, e.g. <c>Onsite</c> or <c>*onsite*</c>.</summary>
    public string? WorkType { get; set; }

    /// <summary><c>ServiceTicket</c>, <c>ProjectTicket</c>, <c>ProjectIssue</c>, <c>ChargeCode</c> or <c>Activity</c>.</summary>
    public string? ChargeToType { get; set; }

    /// <summary><c>Billable</c>, <c>DoNotBill</c>, <c>NoCharge</c> or <c>NoDefault</c>.</summary>
    public string? BillableOption { get; set; }

    /// <summary><c>managedServices</c>, <c>project</c>, <c>nonBillable</c> or <c>onsite</c>.</summary>
    public string? Kind { get; set; }
}
