using System.Text.Json;
using Bridge.Worker.Kernel;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bridge.Worker.Api;

internal static class HealthEndpoints
{
    /// <summary>
    /// <c>/health</c>: the process answers (for a service manager's liveness probe).
    /// <c>/health/ready</c>: the state file takes writes and ConnectWise answers, with one line per check for a signed-in
    /// viewer (or the machine's CLI); anyone else (a load balancer's probe) gets the overall status only.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = WriteReport,
        }).Public("liveness only: the process answers, no details");
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResponseWriter = WriteReport,
        }).Public("readiness for probes: the overall status only, unless the caller is a signed-in viewer");
        return endpoints;
    }

    private static Task WriteReport(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        object body = !AccessRoles.Holds(context.User, AccessRole.Viewer)
            ? new { status = report.Status.ToString() }
            : new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(
                    entry => entry.Key,
                    entry => new { status = entry.Value.Status.ToString(), detail = entry.Value.Description }),
            };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonOptions));
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };
}
