namespace Bridge.Worker.Access.Audit;

/// <summary>One line of the audit trail as stored (collection <c>access_audit</c>); <see cref="Id"/> grows with each entry.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public string Actor { get; set; } = "";

    public string Action { get; set; } = "";

    public string Subject { get; set; } = "";

    public string? Detail { get; set; }

    public string? Via { get; set; }
}
