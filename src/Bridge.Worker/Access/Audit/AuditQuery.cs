namespace Bridge.Worker.Access.Audit;

/// <summary>
/// Which entries to show, newest first: at most <see cref="Limit"/>, only <see cref="Actor"/>'s (exact, without regard to
/// case) and only actions starting with <see cref="ActionPrefix"/> (<c>incident.</c> gives acknowledged, escalated, resolved).
/// </summary>
public sealed record AuditQuery(int Limit = AuditQuery.DefaultLimit, string? Actor = null, string? ActionPrefix = null)
{
    public const int DefaultLimit = 200;
    public const int MaxLimit = 5000;

    /// <summary>The query a page or API call asked for, with blanks read as "any" and the limit kept in bounds.</summary>
    public static AuditQuery From(string? actor, string? action, int? limit) => new(
        Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit),
        string.IsNullOrWhiteSpace(actor) ? null : actor.Trim(),
        string.IsNullOrWhiteSpace(action) ? null : action.Trim());
}
