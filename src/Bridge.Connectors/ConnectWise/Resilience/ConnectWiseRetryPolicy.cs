using System.Net;
using Polly.Timeout;

namespace Bridge.Connectors.ConnectWise.Resilience;

/// <summary>What to do with one failed attempt.</summary>
internal enum RetryVerdict
{
    /// <summary>Do not retry: success, a permanent error, or an unsafe method on an ambiguous failure.</summary>
    DoNotRetry,

    /// <summary>Retry (after Retry-After when the server gave one, else backoff with jitter).</summary>
    Retry,

    /// <summary>The server asked for a wait longer than the in-flight limit: fail fast, carry the wait.</summary>
    RetryAfterTooLong,
}

/// <summary>
/// The retry rules, pure and separately testable. A write (POST/PATCH/PUT) is retried only on 429,
/// because ConnectWise refuses a throttled request before processing it; after a timeout, reset or
/// 5xx a write may have happened, and only the outbox may decide to send it again.
/// </summary>
internal static class ConnectWiseRetryPolicy
{
    public static bool IsIdempotent(HttpMethod? method) =>
        method is not null && (method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Delete);

    public static RetryVerdict Decide(HttpMethod? method, HttpStatusCode? status, Exception? exception, TimeSpan? retryAfter, TimeSpan maxRetryAfter)
    {
        if (exception is not null)
        {
            return exception is HttpRequestException or TimeoutRejectedException && IsIdempotent(method)
                ? RetryVerdict.Retry
                : RetryVerdict.DoNotRetry;
        }

        switch (status)
        {
            case HttpStatusCode.TooManyRequests:
                return retryAfter > maxRetryAfter ? RetryVerdict.RetryAfterTooLong : RetryVerdict.Retry;
            case HttpStatusCode.ServiceUnavailable when IsIdempotent(method):
                return retryAfter > maxRetryAfter ? RetryVerdict.RetryAfterTooLong : RetryVerdict.Retry;
            case HttpStatusCode.RequestTimeout or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout
                when IsIdempotent(method):
                return RetryVerdict.Retry;
            default:
                return RetryVerdict.DoNotRetry;
        }
    }

    /// <summary>Whether an outcome counts as a failure for the circuit breaker.</summary>
    public static bool IsBreakerFailure(HttpStatusCode? status, Exception? exception) =>
        exception is HttpRequestException or TimeoutRejectedException
        || status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout
        || (status is { } s && (int)s >= 500);

    /// <summary>The server-requested wait, honoured only on 429 and 503.</summary>
    public static TimeSpan? ServerDelay(HttpResponseMessage? response, DateTimeOffset now) =>
        response?.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable
            ? RetryAfterParser.FromResponse(response, now)
            : null;
}
