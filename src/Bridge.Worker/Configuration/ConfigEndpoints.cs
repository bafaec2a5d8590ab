using Bridge.Worker.Kernel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bridge.Worker.Configuration;

internal static class ConfigEndpoints
{
    /// <summary><c>GET /config/status</c>: when the configuration in force was applied, keys awaiting a restart, and the last refused edit with its reasons.</summary>
    public static IEndpointRouteBuilder MapConfigEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/config/status", Status).ForRole(AccessRole.Admin);
        return endpoints;
    }

    private static Ok<ConfigStatus> Status(ConfigReloader reloader) => TypedResults.Ok(reloader.Status);
}
