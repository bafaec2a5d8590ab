using System.Net.Http.Headers;

namespace Bridge.Connectors.ConnectWise;

/// <summary>Reads <c>Retry-After</c> as delta-seconds or an HTTP date (relative to the given clock).</summary>
internal static class RetryAfterParser
{
    public static TimeSpan? FromHeaders(HttpResponseHeaders headers, DateTimeOffset now)
    {
        var value = headers.RetryAfter;
        if (value is null)
        {
            return null;
        }

        if (value.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (value.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    public static TimeSpan? FromResponse(HttpResponseMessage? response, DateTimeOffset now) =>
        response is null ? null : FromHeaders(response.Headers, now);
}
