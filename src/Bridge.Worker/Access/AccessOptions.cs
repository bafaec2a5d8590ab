using System.ComponentModel.DataAnnotations;

namespace Bridge.Worker.Access;

/// <summary>
/// Who may see and act on the bridge's port. Section <c>Access</c>. Read at start (schemes and the middleware are
/// set up once); a change applies at the next restart.
/// </summary>
public sealed class AccessOptions
{
    public const string SectionName = "Access";

    /// <summary>Sign-in through an OpenID Connect provider (Microsoft Entra ID or any other); off while <c>Authority</c> is empty.</summary>
    public OidcOptions Oidc { get; set; } = new();

    /// <summary>Built-in accounts (bound and checked on their own as <c>Access:Local</c>; here so the section reads whole).</summary>
    [Microsoft.Extensions.Options.ValidateObjectMembers]
    public Accounts.LocalAccountOptions Local { get; set; } = new();

    /// <summary>
    /// Reverse proxies whose <c>X-Forwarded-For</c> / <c>X-Forwarded-Proto</c> are believed (IP addresses). From any
    /// other peer those headers are ignored, and a request that carries them is never taken for a loopback caller.
    /// </summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks (CIDR, e.g. <c>10.0.0.0/24</c>) whose proxies are believed, as <see cref="KnownProxies"/>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>For installs without a proxy in front: redirect HTTP to HTTPS and send HSTS.</summary>
    public bool RequireHttps { get; set; }

    /// <summary>How long a sign-in lasts without use (sliding).</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Sign-in attempts (local password or provider) allowed per caller address per minute.</summary>
    [Range(1, 1000)]
    public int SignInAttemptsPerMinute { get; set; } = 10;
}

/// <summary>An OpenID Connect provider. Section <c>Access:Oidc</c>.</summary>
public sealed class OidcOptions
{
    /// <summary>The issuer, e.g. <c>https://login.microsoftonline.com/{tenant}/v2.0</c>; empty: no provider.</summary>
    public string Authority { get; set; } = "";

    public string ClientId { get; set; } = "";

    /// <summary>The client secret the provider issued for the bridge. A secret.</summary>
    public string ClientSecret { get; set; } = "";

    /// <summary>What the sign-in page's button says.</summary>
    public string DisplayName { get; set; } = "Microsoft Entra ID";

    public List<string> Scopes { get; set; } = ["openid", "profile", "email"];

    /// <summary>The provider's claim that names the person on pages and in the audit trail.</summary>
    public string NameClaim { get; set; } = "preferred_username";

    /// <summary>The claim holding the person's e-mail, matched against <c>OnCall:People</c> to find their shifts and pages.</summary>
    public string EmailClaim { get; set; } = "email";

    /// <summary>
    /// Optional: a claim holding the person's ConnectWise member identifier (an Entra ID extension attribute, say); when
    /// it names someone in <c>OnCall:People</c> it wins over the e-mail match.
    /// </summary>
    public string MemberClaim { get; set; } = "";

    /// <summary>The claim holding the person's app roles or groups (Entra ID: <c>roles</c>).</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>
    /// Per bridge role, the claim values (app roles, group ids) or e-mail addresses that give it, e.g.
    /// <c>{ "Admin": ["Bridge.Admin"], "Dispatcher": ["Bridge.Dispatcher", "dana@msp.example"] }</c>. The highest match wins.
    /// </summary>
    public Dictionary<string, List<string>> Roles { get; set; } = [];

    /// <summary>The role of a person the provider signed in whom <see cref="Roles"/> does not name: <c>Technician</c> (their own shifts and pages) unless set.</summary>
    public string DefaultRole { get; set; } = "Technician";

    /// <summary>Where the provider sends the browser back (register this path with the provider).</summary>
    public string CallbackPath { get; set; } = "/signin-oidc";

    /// <summary>Refuse a provider whose metadata is not on HTTPS (off only for a provider on loopback in tests).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}
