using Bridge.Worker.Access.Accounts;
using Bridge.Worker.Kernel;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Access;

/// <summary>
/// <c>GET /signin</c> (the page), <c>POST /signin</c> (a built-in account's password), <c>GET /signin/oidc</c> (off to the
/// provider), <c>GET /signin/antiforgery</c> (a signed-in person's token for changes), <c>POST /signout</c>. Each sign-in sends the browser back to a path on this bridge only.
/// </summary>
internal static class SignInEndpoints
{
    public static IEndpointRouteBuilder MapAccessEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(AccessChallenge.SignInPath, Show).Public("the sign-in page itself", page: true);
        endpoints.MapPost(AccessChallenge.SignInPath, SignInAsync).DisableAntiforgery()
            .Public("a built-in account's password, with the form's antiforgery token (checked here), rate limited")
            .RequireRateLimiting(AccessServiceCollectionExtensions.SignInLimit);
        endpoints.MapGet(AccessChallenge.SignInPath + "/oidc", Provider).Public("sends the browser to the provider, which proves who they are").RequireRateLimiting(AccessServiceCollectionExtensions.SignInLimit);
        endpoints.MapGet(AccessChallenge.SignInPath + "/antiforgery", Antiforgery).ForRole(AccessRole.Technician);
        endpoints.MapPost("/signout", (Delegate)SignOutAsync).ForRole(AccessRole.Technician);
        return endpoints;
    }

    private static IResult Show(HttpContext context, string? returnUrl, string? error, IAntiforgery antiforgery, IOptions<AccessOptions> options) =>
        Page(context, ReturnUrl.Safe(returnUrl), antiforgery, options.Value, error == "provider" ? "The sign-in at the provider did not complete. Try again, or ask an admin whether your account may use Bridge." : null);

    internal static IResult Page(HttpContext context, string returnUrl, IAntiforgery antiforgery, AccessOptions options, string? error, int status = StatusCodes.Status200OK)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        context.Response.Headers.CacheControl = "no-store";
        var html = AccessPages.SignIn(returnUrl, (tokens.FormFieldName, tokens.RequestToken!), options.Oidc.Enabled ? options.Oidc.DisplayName : null, LocalAccountsOn(context), error);
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    /// <summary>A built-in account's sign-in: the form's token first, then the password (lockout counted by <see cref="LocalSignIn"/>).</summary>
    private static async Task<IResult> SignInAsync(
        HttpContext context, string? returnUrl, IAntiforgery antiforgery, LocalSignIn local, IOptions<AccessOptions> options, IAuditTrail audit)
    {
        var back = ReturnUrl.Safe(returnUrl);
        IResult Again(string error, int status) => Page(context, back, antiforgery, options.Value, error, status);
        if (!context.Request.HasFormContentType)
        {
            return Again("Sign in with the form on this page.", StatusCodes.Status400BadRequest);
        }

        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Again("This sign-in form has expired or did not come from this bridge, so nothing was checked. Sign in again.", StatusCodes.Status400BadRequest);
        }

        if (!local.Enabled)
        {
            return Again("Built-in accounts are turned off (Access:Local:Enabled).", StatusCodes.Status403Forbidden);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var name = form["username"].ToString().Trim();
        var result = local.Check(name, form["password"].ToString());
        // The name as typed goes into the trail only when it could be an account name (never a password typed in the wrong box).
        var who = AccountRules.NameProblem(name) is null ? name : "(not an account name)";
        switch (result.Outcome)
        {
            case LocalSignInOutcome.Ok:
                var account = result.Account!;
                var principal = AccessPrincipal.Create(AccessSchemes.Cookie, account.Name, account.Role, "local", result.Member, account.Email);
                await context.SignInAsync(AccessSchemes.Cookie, principal, new AuthenticationProperties { IsPersistent = false });
                audit.Record(new AuditEvent(account.Name, "signin", "bridge", $"built-in account, role {AccessRoles.Name(account.Role)}", "web"));
                // A technician may not open the status page: their own page is where they land.
                return Results.Redirect(back == "/" && account.Role == AccessRole.Technician ? "/me" : back);
            case LocalSignInOutcome.LockedOut:
                audit.Record(new AuditEvent(who, "signin.failed", "bridge", "locked out after repeated wrong passwords", "web"));
                return Again(
                    $"This account is locked after repeated wrong passwords until {result.LockedUntil:HH:mm} UTC. Wait, or ask an admin to run 'bridge user reset {who}'.",
                    StatusCodes.Status403Forbidden);
            case LocalSignInOutcome.Unavailable:
                return Again("Built-in accounts cannot be read just now; an admin can see why in the bridge's log.", StatusCodes.Status503ServiceUnavailable);
            default:
                audit.Record(new AuditEvent(who, "signin.failed", "bridge", "wrong user name or password", "web"));
                return Again("Wrong user name or password.", StatusCodes.Status401Unauthorized);
        }
    }

    /// <summary>A signed-in person's token for changes made outside a served form (a script on the bridge's own pages, a test).</summary>
    private static IResult Antiforgery(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        context.Response.Headers.CacheControl = "no-store";
        return Results.Json(new { header = tokens.HeaderName, token = tokens.RequestToken });
    }

    private static IResult Provider(string? returnUrl, IOptions<AccessOptions> options) =>
        options.Value.Oidc.Enabled
            ? Results.Challenge(new AuthenticationProperties { RedirectUri = ReturnUrl.Safe(returnUrl) }, [AccessSchemes.Oidc])
            : Results.NotFound();

    private static async Task<IResult> SignOutAsync(HttpContext context)
    {
        context.RequestServices.GetService<IAuditTrail>()?.Record(new AuditEvent(AccessClaims.ActorOf(context), "signout", "bridge", null, "web"));
        await context.SignOutAsync(AccessSchemes.Cookie);
        return Results.Redirect(AccessChallenge.SignInPath);
    }

    private static bool LocalAccountsOn(HttpContext context) => context.RequestServices.GetRequiredService<LocalSignIn>().Enabled;
}
