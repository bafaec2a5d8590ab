namespace Bridge.Worker.Reporting.ServiceDesk;

/// <summary>A time entry as the service-desk figures read it: who, what kind of work, hours logged and billed.</summary>
internal sealed record LoggedTime(
    string Member,
    string? MemberName,
    string? WorkType,
    string? ChargeToType,
    string? BillableOption,
    decimal ActualHours,
    decimal BilledHours);
