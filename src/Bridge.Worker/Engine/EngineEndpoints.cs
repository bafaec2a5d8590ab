using System.Text.Json;
using Bridge.Worker.Kernel;

namespace Bridge.Worker.Engine;

/// <summary>
/// <c>GET /engine/parked</c>: the engine report as JSON (what <c>bridge parked</c> prints); <c>POST
/// /engine/parked/{id}/retry</c> and <c>POST /engine/parked/{id}/dismiss?reason=…</c> act on a parked item. Parked
/// reasons are exception messages and the actions change state, so all answer on loopback only (the admin's CLI on
/// the server), 403 elsewhere.
/// </summary>
internal static class EngineEndpoints
{
    public const string Path = "/engine/parked";

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapEngineEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (StageRegistry stages, ParkedItemStore parked) =>
            Results.Json(EngineReport.Build(stages, parked), Json)).ForRole(AccessRole.Viewer);
        endpoints.MapPost(Path + "/{id:int}/retry", async (int id, HttpContext context, ParkedItemAdmin admin, CancellationToken ct) =>
            Answer(await admin.RetryAsync(id, ct), context, "parked.retried", id)).DisableAntiforgery().ForRole(AccessRole.Dispatcher);
        endpoints.MapPost(Path + "/{id:int}/dismiss", (int id, string? reason, HttpContext context, ParkedItemAdmin admin) =>
            Answer(admin.Dismiss(id, reason), context, "parked.dismissed", id, reason)).DisableAntiforgery().ForRole(AccessRole.Dispatcher);
        return endpoints;
    }

    /// <summary>The answer to an admin action; one that was taken goes into the audit trail with the caller's name.</summary>
    private static IResult Answer(ParkedAdminResult result, HttpContext context, string action, int id, string? reason = null)
    {
        if (result.Done)
        {
            context.RequestServices.GetRequiredService<IAuditTrail>().Record(new AuditEvent(
                AccessClaims.ActorOf(context), action, $"parked item {id}", reason is { Length: > 0 } ? result.Message + " Reason: " + reason : result.Message, AccessClaims.ViaOf(context)));
        }

        return Results.Json(result, Json, statusCode: result.Done ? StatusCodes.Status200OK : StatusCodes.Status409Conflict);
    }
}
