namespace Bridge.Worker.WriteBack;

/// <summary>
/// Payload of a time entry record, decided in full when the record is made: who, when (UTC, whole seconds),
/// billable option, work type name (empty: ConnectWise's default) and the invoice text.
/// </summary>
public sealed record TimeEntryWrite(
    string? Member,
    DateTimeOffset Start,
    DateTimeOffset End,
    string BillableOption,
    string? WorkType,
    string Notes);
