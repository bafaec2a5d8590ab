namespace Bridge.Worker.Kernel;

/// <summary>
/// One action a person took, as the audit trail keeps it: who (<see cref="Actor"/>: the signed-in person's name, an
/// on-call member, <c>console</c> for the machine's CLI), what (<see cref="Action"/>, e.g. <c>override.added</c>), on
/// what (<see cref="Subject"/>, e.g. <c>schedule after-hours</c>), how (<see cref="Via"/>: web, sms, cli) and the
/// particulars (<see cref="Detail"/>). Never a password, token or cookie.
/// </summary>
public sealed record AuditEvent(string Actor, string Action, string Subject, string? Detail = null, string? Via = null);

/// <summary>Where every capability records what people did; kept for <c>Access:AuditRetention</c> and shown to admins.</summary>
public interface IAuditTrail
{
    void Record(AuditEvent audit);
}

/// <summary>The claims the bridge puts on a signed-in person, whatever signed them in.</summary>
public static class AccessClaims
{
    /// <summary>The on-call member identifier (<c>OnCall:People</c>) the person maps to, when they are one.</summary>
    public const string Member = "bridge:member";

    /// <summary>How they signed in: <c>local</c>, <c>oidc</c>, <c>console</c> (the machine's CLI token).</summary>
    public const string Method = "bridge:signin";

    /// <summary>Who the audit trail names for the caller of <paramref name="context"/>: their name, else "anonymous".</summary>
    public static string ActorOf(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : "anonymous";

    /// <summary>How the caller of <paramref name="context"/> reached the bridge: <c>cli</c> with the machine's console token, else <c>web</c>.</summary>
    public static string ViaOf(HttpContext context) => context.User.FindFirst(Method)?.Value == "console" ? "cli" : "web";
}
