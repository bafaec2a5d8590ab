using Bridge.Worker.Kernel;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Telemetry;

/// <summary>
/// The access rule in front of the Prometheus exporter's <c>/metrics</c>: loopback, or the configured bearer token
/// (<see cref="MetricsAccess"/>); anyone else gets 403 and no figures. The token is read per request (a reload
/// rotates it) and never logged.
/// </summary>
internal static class MetricsEndpoint
{
    public const string Path = "/metrics";

    public static void Guard(IApplicationBuilder branch) => branch.Use(async (context, next) =>
    {
        var services = context.RequestServices;
        // Resolved before the exporter collects, so the gauges are on the meter at the first scrape.
        _ = services.GetRequiredService<BridgeMetrics>();
        var token = services.GetRequiredService<IOptionsMonitor<TelemetryOptions>>().CurrentValue.MetricsToken;
        if (!MetricsAccess.Allows(context.BelievedPeer(), context.Request.Headers.Authorization.ToString(), token))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return;
        }

        await next(context);
    });
}
