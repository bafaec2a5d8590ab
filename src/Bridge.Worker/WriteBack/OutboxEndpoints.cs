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
        endpoints.MapPost(Path + "/{id:int}/retry", (int id, OutboxAdmin admin) =>
            Answer(admin.Retry(id))).DisableAntiforgery().ForRole(AccessRole.Dispatcher);
        endpoints.MapPost(Path + "/{id:int}/dismiss", (int id, string? reason, OutboxAdmin admin) =>
            Answer(admin.Dismiss(id, reason))).DisableAntiforgery().ForRole(AccessRole.Dispatcher);
        endpoints.MapGet("/time-entries/review", (TimeEntries.TimeEntryReviewStore reviews, int? limit) =>
            Results.Json(reviews.Recent(Math.Clamp(limit ?? 100, 1, 1000)), WriteBackJson.Options)).ForRole(AccessRole.Viewer);
        return endpoints;
    }

    private static IResult Answer(OutboxAdminResult result) =>
        Results.Json(result, WriteBackJson.Options, statusCode: result.Done ? StatusCodes.Status200OK : StatusCodes.Status409Conflict);
}
