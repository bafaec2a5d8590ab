using Bridge.Worker.Kernel;
using Bridge.Worker.Telemetry;

namespace Bridge.Worker.Ingest;

internal static class CallbackEndpoints
{
    /// <summary>
    /// <c>POST /callbacks/connectwise/{secret}</c> (or <c>?token=</c>): verify, store durably, answer. 200 once
    /// stored (also for a duplicate), 400 malformed, 401 unsigned or wrongly signed, 403 wrong secret, 413 too
    /// large, 429 overloaded. The body of every answer is one line saying why.
    /// </summary>
    public static IEndpointRouteBuilder MapCallbackEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(IngestEndpoints.CallbackPath + "/{secret?}", async (HttpContext context, string? secret, CallbackIntake intake, BridgeMetrics metrics) =>
        {
            var result = await intake.ReceiveAsync(context.Request, secret, context.RequestAborted);
            metrics.CallbackAnswered(result.StatusCode);
            if (result.StatusCode == StatusCodes.Status429TooManyRequests)
            {
                context.Response.Headers.RetryAfter = "5";
            }

            return Results.Text(result.Message + "\n", "text/plain; charset=utf-8", statusCode: result.StatusCode);
        }).Public("the secret in the path and ConnectWise's signature, checked by the intake");
        return endpoints;
    }
}
