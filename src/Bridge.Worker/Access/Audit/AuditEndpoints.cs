using System.Text.Json;
using Bridge.Worker.Kernel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bridge.Worker.Access.Audit;

/// <summary>
/// <c>GET /audit</c> (the admins' page) and <c>GET /audit.json</c> (the same entries as JSON), both newest first and
/// filtered by <c>?actor=&amp;action=&amp;limit=</c> (action: a prefix, e.g. <c>incident.</c>).
/// </summary>
internal static class AuditEndpoints
{
    /// <summary>Only its own inline stylesheet, and the filter form posts back to itself.</summary>
    private const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/audit", Page).ForRole(AccessRole.Admin, page: true);
        endpoints.MapGet("/audit.json", List).ForRole(AccessRole.Admin);
        return endpoints;
    }

    private static ContentHttpResult Page(string? actor, string? action, int? limit, HttpContext context, AuditStore store)
    {
        var query = AuditQuery.From(actor, action, limit);
        var headers = context.Response.Headers;
        headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        return TypedResults.Text(AuditPage.Render(store.Find(query), query), "text/html; charset=utf-8");
    }

    private static JsonHttpResult<IReadOnlyList<AuditEntry>> List(string? actor, string? action, int? limit, HttpContext context, AuditStore store)
    {
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Json(store.Find(AuditQuery.From(actor, action, limit)), Json);
    }
}
