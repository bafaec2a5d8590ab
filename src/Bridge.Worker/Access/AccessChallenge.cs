using Bridge.Worker.Kernel;

namespace Bridge.Worker.Access;

/// <summary>
/// What a caller without the right gets: a person's browser asking for a page is sent to sign in (and back after);
/// everything else gets 401 with what to send. A caller signed in without the role gets 403 naming the role needed.
/// </summary>
internal static class AccessChallenge
{
    public const string SignInPath = "/signin";

    public static Task UnauthorizedAsync(HttpContext context)
    {
        if (IsPageRequest(context))
        {
            context.Response.Redirect(SignInPath + "?returnUrl=" + Uri.EscapeDataString(context.Request.PathBase + context.Request.Path + context.Request.QueryString));
            return Task.CompletedTask;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return context.Response.WriteAsJsonAsync(new { error = "Sign in (or, on this machine, send the console token) to call this." });
    }

    public static Task ForbiddenAsync(HttpContext context)
    {
        var needed = context.GetEndpoint()?.Metadata.GetMetadata<EndpointAccess>()?.Role;
        var held = AccessPrincipal.RoleOf(context.User);
        var text = $"Your role ({(held is { } h ? AccessRoles.Name(h) : "none")}) may not do this; it needs {(needed is { } n ? AccessRoles.Name(n) : "a role this bridge did not give")}.";
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        if (IsPageRequest(context))
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync(AccessPages.Refused("Not allowed", text));
        }

        return context.Response.WriteAsJsonAsync(new { error = text });
    }

    /// <summary>A GET of an endpoint that is a page (its <see cref="EndpointAccess.IsPage"/>): the browser is sent, not refused.</summary>
    private static bool IsPageRequest(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && context.GetEndpoint()?.Metadata.GetMetadata<EndpointAccess>() is { IsPage: true };
}
