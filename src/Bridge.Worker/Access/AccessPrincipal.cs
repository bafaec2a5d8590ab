using System.Security.Claims;
using Bridge.Worker.Kernel;

namespace Bridge.Worker.Access;

/// <summary>The one shape a signed-in caller has, whatever signed them in: a name, one role, and the on-call member they are.</summary>
internal static class AccessPrincipal
{
    public static ClaimsPrincipal Create(string scheme, string name, AccessRole role, string method, string? member = null, string? email = null)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, name),
            new(ClaimTypes.Role, AccessRoles.Name(role)),
            new(AccessClaims.Method, method),
        };
        if (!string.IsNullOrWhiteSpace(member))
        {
            claims.Add(new Claim(AccessClaims.Member, member));
        }

        if (!string.IsNullOrWhiteSpace(email))
        {
            claims.Add(new Claim(ClaimTypes.Email, email));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    public static AccessRole? RoleOf(ClaimsPrincipal user) => AccessRoles.Of(user);

    public static bool Holds(ClaimsPrincipal user, AccessRole least) => AccessRoles.Holds(user, least);
}
