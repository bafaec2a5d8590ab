using Bridge.Worker.Kernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.StatusPage;

internal static class StatusPageEndpoints
{
    /// <summary>
    /// The security headers of a page with no external asset and nothing to frame: only its own inline stylesheet
    /// and its one inline script (allowed by hash, <see cref="StatusPageScript"/>) apply, and the script may fetch
    /// only this bridge (the page itself, to update in place). The page changes every few seconds, so nothing may be cached.
    /// </summary>
    private static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src 'unsafe-inline'; script-src {StatusPageScript.HashSource}; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary><c>GET /</c>: the status page (HTML), for loopback and <c>StatusPage:AllowedNetworks</c>.</summary>
    public static IEndpointRouteBuilder MapStatusPageEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", ShowAsync).ForRole(AccessRole.Viewer, page: true);
        endpoints.MapMyPage();
        return endpoints;
    }

    private static async Task<ContentHttpResult> ShowAsync(
        HttpContext context,
        StatusPageRenderer renderer,
        IOptionsMonitor<StatusPageOptions> options,
        ILogger<StatusPageRenderer> logger)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        var remote = context.Connection.RemoteIpAddress;
        if (LoopbackRequest.CameThroughProxy(context) || !StatusPageAccess.Allows(remote, options.CurrentValue.AllowedNetworks))
        {
            StatusPageLog.Refused(logger, remote?.ToString() ?? "(unknown)");
            return TypedResults.Text(
                "The status page answers only on loopback and from the networks in StatusPage:AllowedNetworks (behind a reverse proxy, list it in Access:KnownProxies).",
                "text/plain; charset=utf-8",
                statusCode: StatusCodes.Status403Forbidden);
        }

        var page = await renderer.RenderAsync(context.RequestAborted);
        return TypedResults.Text(page, "text/html; charset=utf-8");
    }
}
