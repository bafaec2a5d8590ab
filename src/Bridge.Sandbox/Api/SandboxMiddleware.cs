using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Bridge.Sandbox.Api;

/// <summary>
/// Wraps every request: ConnectWise headers, the request log, injected faults, authentication and the Accept
/// version for the API, and ConnectWise-shaped error bodies for anything thrown.
/// </summary>
internal sealed class SandboxMiddleware(RequestDelegate next, SandboxServices sandbox)
{
    private const int MaxLoggedBody = 64 * 1024;
    private const string DroppedKey = "sandbox.dropped";
    private static readonly string[] LoggedHeaders = ["Accept", "clientId", "Content-Type", "pagination-type", "User-Agent", "Cache-Control"];

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        context.Response.OnStarting(SetDate, context);
        if (request.Path.StartsWithSegments("/_sandbox", StringComparison.OrdinalIgnoreCase))
        {
            await GuardedAsync(context);
            return;
        }

        var isApi = request.Path.StartsWithSegments(sandbox.ApiPrefix, StringComparison.OrdinalIgnoreCase, out var apiRest);
        var requestId = Guid.NewGuid().ToString();
        var headers = context.Response.Headers;
        headers["x-cw-request-id"] = requestId;
        headers.CacheControl = "no-cache";
        headers["x-server-name"] = "bridge-sandbox";
        var timestamp = sandbox.Options.TimeProvider.GetUtcNow();
        string? body = null;
        try
        {
            LostAnswer? lose = null;
            if (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method))
            {
                var bytes = await RequestBody.BufferAsync(context);
                body = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, MaxLoggedBody));
                lose = isApi ? sandbox.Faults.TakeLostAnswer(request.Method, request.Path.Value ?? string.Empty, bytes) : null;
            }

            if (isApi && !await PassesGateAsync(context))
            {
                return;
            }

            if (lose is { } how)
            {
                await AnswerOrLoseAsync(context, how);
                return;
            }

            await next(context);
        }
        catch (SandboxApiException ex) when (!context.Response.HasStarted)
        {
            await CwJsonResult.WriteAsync(context, ex.ToJson(), ex.StatusCode);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !context.Response.HasStarted)
        {
            await CwJsonResult.WriteAsync(context, Error("ConnectWiseApi", $"An error has occurred: {ex.Message}"), 500);
        }
        finally
        {
            sandbox.Requests.Add(new SandboxRequest(timestamp, request.Method, request.Path.Value ?? "/",
                isApi ? apiRest.Value?.TrimStart('/') ?? string.Empty : null, request.QueryString.Value ?? string.Empty,
                request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                LoggedHeaders.Where(h => request.Headers.ContainsKey(h)).ToDictionary(h => h, h => request.Headers[h].ToString(), StringComparer.OrdinalIgnoreCase),
                request.Headers.ContainsKey("Authorization"), context.Items.ContainsKey(DroppedKey) ? 0 : context.Response.StatusCode, body, requestId));
        }
    }

    /// <summary>
    /// A client takes a response's <c>Date</c> as ConnectWise's clock, and the sandbox's clock is its TimeProvider
    /// (often fake or accelerated), not the real one Kestrel would stamp. Set when the headers go out, so it is the
    /// time of the answer; RFC 1123 has whole seconds.
    /// </summary>
    private Task SetDate(object state)
    {
        var response = ((HttpContext)state).Response;
        response.Headers.Date = sandbox.Options.TimeProvider.GetUtcNow().ToString("R", CultureInfo.InvariantCulture);
        return Task.CompletedTask;
    }

    private async Task<bool> PassesGateAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        switch (sandbox.Faults.Outage)
        {
            case SandboxOutage.ServiceUnavailable:
                await CwJsonResult.WriteAsync(context, FaultBody(503, null), 503);
                return false;
            case SandboxOutage.ConnectionDropped:
                context.Items[DroppedKey] = true;
                context.Abort();
                return false;
        }

        context.Response.Headers["api-current-version"] = AcceptVersion.Current;
        var delay = sandbox.Faults.DelayFor(path);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, context.RequestAborted);
        }

        if (sandbox.Faults.TakeFailure(path) is { } failure)
        {
            if (failure.RetryAfter is { } retryAfter)
            {
                context.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            }

            await CwJsonResult.WriteAsync(context, FaultBody(failure.StatusCode, failure.RetryAfter), failure.StatusCode);
            return false;
        }

        if (ApiAuthenticator.Check(context.Request, sandbox.Options) is { } denied)
        {
            throw denied;
        }

        AcceptVersion.Check(context.Request);
        return true;
    }

    /// <summary>
    /// Runs the request with its answer held back; a success is then lost (the create stays committed), anything
    /// else is passed on as it was.
    /// </summary>
    private async Task AnswerOrLoseAsync(HttpContext context, LostAnswer how)
    {
        var original = context.Response.Body;
        using var held = new MemoryStream();
        context.Response.Body = held;
        try
        {
            await next(context);
            await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.StatusCode is < 200 or >= 300)
        {
            held.Position = 0;
            await held.CopyToAsync(original, context.RequestAborted);
            return;
        }

        sandbox.Faults.CountLostAnswer();
        switch (how)
        {
            case LostAnswer.GatewayTimeout:
                context.Response.Headers.Clear();
                await CwJsonResult.WriteAsync(context, Error("ConnectWiseApi", "The gateway timed out waiting for the server."), 504);
                break;
            case LostAnswer.Timeout:
                try
                {
                    await Task.Delay(TimeSpan.FromMinutes(2), context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    // The client gave up: that is the point.
                }

                context.Abort();
                break;
            default:
                context.Abort();
                break;
        }
    }

    private async Task GuardedAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (SandboxApiException ex) when (!context.Response.HasStarted)
        {
            await CwJsonResult.WriteAsync(context, ex.ToJson(), ex.StatusCode);
        }
    }

    // The 429 body follows the shape the Developer Guide shows, which differs from every other error.
    private static JsonObject FaultBody(int statusCode, TimeSpan? retryAfter) => statusCode switch
    {
        429 => new JsonObject
        {
            ["error"] = "ConnectWiseAPI",
            ["message"] = $"Too many requests. Please try again in {Math.Ceiling((retryAfter ?? TimeSpan.FromSeconds(30)).TotalSeconds)} seconds.",
        },
        401 => Error("Unauthorized", "Authorization has been denied for this request."),
        403 => Error("Security", "You do not have access to this resource."),
        404 => Error("NotFound", "The record was not found."),
        500 => Error("ConnectWiseApi", "An error has occurred."),
        >= 502 and <= 504 => Error("ConnectWiseApi", "The service is temporarily unavailable. Please try again later."),
        _ => Error("ConnectWiseApi", $"The request failed with status {statusCode}."),
    };

    private static JsonObject Error(string code, string message) => new() { ["code"] = code, ["message"] = message };
}
