namespace Bridge.Worker.Access;

/// <summary>The bridge's authentication schemes: one that picks, the cookie people hold, the CLI's token, the provider.</summary>
internal static class AccessSchemes
{
    /// <summary>The default: a bearer token goes to <see cref="ConsoleTokenHandler"/>, anything else to the cookie.</summary>
    public const string Default = "bridge";
    public const string Cookie = "bridge-cookie";
    public const string Oidc = "oidc";
    public const string CookieName = "bridge-session";

    public static string? BearerOf(HttpRequest request) =>
        request.Headers.Authorization.ToString() is { } header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? header["Bearer ".Length..].Trim()
            : null;
}
