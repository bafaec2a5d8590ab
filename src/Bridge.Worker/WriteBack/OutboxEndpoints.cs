using Bridge.Worker.Kernel;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.WriteBack;

/// <summary>
/// <c>GET /outbox</c>: the outbox report as JSON (what <c>bridge outbox</c> prints). <c>POST /outbox/{id}/retry</c> and
/// <c>POST /outbox/{id}/dismiss?reason=…</c> act on a parked record; they answer on loopback only (the admin's CLI on
/// the server), 403 elsewhere.
/// </summary>
internal static class OutboxEndpoints
{
    public const string Path = "/outbox";
    public const int MaxPerState = 500;

    public static IEndpointRouteBuilder MapOutboxEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (OutboxStore store, IOptionsMonitor<BridgeModeOptions> mode) =>
            Results.Json(OutboxReport.Build(store, mode.CurrentValue.Mode, MaxPerState), WriteBackJson.Options)).ForRole(AccessRole.Viewer);
        endpoints.MapPost(Path + "/{id:int}/retry", (int id, HttpContext context, OutboxAdmin admin) =>
            Answer(admin.Retry(id), context, "outbox.retried", id)).DisableAntiforgery().ForRole(AccessRole.Dispatcher);
        endpoints.MapPost(Path + "/{id:int}/dismiss", (int id, string? reason, HttpContext context, OutboxAdmin admin) =>
            Answer(admin.Dismiss(id, reason), context, "outbox.dismissed", id, reason)).DisableAntiforgery().ForRole(AccessRole.Dispatcher);
        endpoints.MapGet("/time-entries/review", (TimeEntries.TimeEntryReviewStore reviews, int? limit) =>
            Results.Json(reviews.Recent(Math.Clamp(limit ?? 100, 1, 1000)), WriteBackJson.Options)).ForRole(AccessRole.Viewer);
        return endpoints;
    }

    /// <summary>The answer to an admin action; one that was taken goes into the audit trail with the caller's name.</summary>
    private static IResult Answer(OutboxAdminResult result, HttpContext context, string action, int id, string? reason = null)
    {
        if (result.Done)
        {
            context.RequestServices.GetRequiredService<IAuditTrail>().Record(new AuditEvent(
                AccessClaims.ActorOf(context), action, $"outbox record {id}", reason is { Length: > 0 } ? result.Message + " Reason: " + reason : result.Message, AccessClaims.ViaOf(context)));
        }

        return Results.Json(result, WriteBackJson.Options, statusCode: result.Done ? StatusCodes.Status200OK : StatusCodes.Status409Conflict);
    }
}
