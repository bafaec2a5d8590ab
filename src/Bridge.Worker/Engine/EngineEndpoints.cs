using System.Text.Json;

namespace Bridge.Worker.Engine;

/// <summary>
/// <c>GET /engine/parked</c>: the engine report as JSON (what <c>bridge parked</c> prints). Parked reasons are
/// exception messages, so it answers on loopback only (the admin's CLI on the server), 403 elsewhere.
/// </summary>
internal static class EngineEndpoints
{
    public const string Path = "/engine/parked";

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapEngineEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (HttpContext context, StageRegistry stages, ParkedItemStore parked) =>
            context.Connection.RemoteIpAddress is { } ip && System.Net.IPAddress.IsLoopback(ip)
                ? Results.Json(EngineReport.Build(stages, parked), Json)
                : Results.StatusCode(StatusCodes.Status403Forbidden));
        return endpoints;
    }
}
