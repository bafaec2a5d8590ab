using Bridge.Worker.Kernel;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Access;

/// <summary>
/// <c>GET /signin</c> (the page), <c>POST /signin</c> (a built-in account's password), <c>GET /signin/oidc</c> (off to the
/// provider), <c>POST /signout</c>. Each sign-in sends the browser back to a path on this bridge only.
/// </summary>
internal static class SignInEndpoints
{
    public static IEndpointRouteBuilder MapAccessEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(AccessChallenge.SignInPath, Show).Public("the sign-in page itself", page: true);
        endpoints.MapGet(AccessChallenge.SignInPath + "/oidc", Provider).Public("sends the browser to the provider, which proves who they are").RequireRateLimiting(AccessServiceCollectionExtensions.SignInLimit);
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

    private static bool LocalAccountsOn(HttpContext context) => false;
}
