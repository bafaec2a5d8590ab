using System.Security.Claims;
using Bridge.Worker.Kernel;

namespace Bridge.Worker.Access;

/// <summary>A person the provider signed in, as the bridge sees them: a name, the highest role their claims or e-mail give, their on-call member.</summary>
internal static class OidcPeople
{
    public static ClaimsPrincipal Map(ClaimsPrincipal provided, OidcOptions oidc, AccessMembers members)
    {
        string? Claim(string type) => provided.FindFirst(type)?.Value is { Length: > 0 } value ? value : null;
        var email = Claim(oidc.EmailClaim) ?? (Claim(oidc.NameClaim) is { } n && n.Contains('@') ? n : null);
        var name = Claim(oidc.NameClaim) ?? Claim("name") ?? email ?? Claim("sub") ?? "unknown";
        var values = provided.FindAll(oidc.RoleClaim).Select(c => c.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (email is not null)
        {
            values.Add(email);
        }

        var role = AccessRoles.TryParse(oidc.DefaultRole, out var fallback) ? fallback : AccessRole.Technician;
        foreach (var (roleName, grants) in oidc.Roles)
        {
            if (AccessRoles.TryParse(roleName, out var granted) && granted > role && grants.Any(values.Contains))
            {
                role = granted;
            }
        }

        var member = (oidc.MemberClaim is { Length: > 0 } memberClaim && Claim(memberClaim) is { } id ? members.Find(null, id) : null)
            ?? members.Find(email, name);
        return AccessPrincipal.Create(AccessSchemes.Cookie, name, role, "oidc", member, email);
    }
}
