using Bridge.Worker.Hosting;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.WriteBack;

/// <summary><c>GET /outbox</c>: the outbox report as JSON (what <c>bridge outbox</c> prints).</summary>
internal static class OutboxEndpoints
{
    public const string Path = "/outbox";
    public const int MaxPerState = 500;

    public static IEndpointRouteBuilder MapOutboxEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (OutboxStore store, IOptionsMonitor<BridgeModeOptions> mode) =>
            Results.Json(OutboxReport.Build(store, mode.CurrentValue.Mode, MaxPerState), WriteBackJson.Options));
        return endpoints;
    }
}
