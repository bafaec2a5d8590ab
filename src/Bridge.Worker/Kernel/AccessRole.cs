namespace Bridge.Worker.Kernel;

/// <summary>
/// What a signed-in person may do, each role including the ones below it: a technician sees their own shifts and
/// pages; a viewer the status page, incidents and reports; a dispatcher also acts (overrides, acknowledge, escalate
/// or resolve any incident from the web, outbox and parked retries); an admin also sees configuration, manages users
/// and rotates feed URLs.
/// </summary>
public enum AccessRole
{
    Technician = 1,
    Viewer = 2,
    Dispatcher = 3,
    Admin = 4,
}

/// <summary>The names the roles have in claims, policies, configuration and the CLI.</summary>
public static class AccessRoles
{
    public static string Name(AccessRole role) => role.ToString().ToLowerInvariant();

    public static string PolicyFor(AccessRole role) => "role:" + Name(role);

    public static bool TryParse(string? text, out AccessRole role)
    {
        role = default;
        return text is not null
            && Enum.TryParse(text.Trim(), ignoreCase: true, out role)
            && Enum.IsDefined(role)
            && !int.TryParse(text, out _);
    }

    public static IReadOnlyList<string> Names { get; } = Enum.GetValues<AccessRole>().Select(Name).ToList();

    /// <summary>The caller's role; null when not signed in or carrying no role the bridge gave.</summary>
    public static AccessRole? Of(System.Security.Claims.ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
        && user.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value is { } text
        && TryParse(text, out var role) ? role : null;

    /// <summary>Whether the caller holds <paramref name="least"/> or a higher role.</summary>
    public static bool Holds(System.Security.Claims.ClaimsPrincipal user, AccessRole least) => Of(user) is { } role && role >= least;
}
