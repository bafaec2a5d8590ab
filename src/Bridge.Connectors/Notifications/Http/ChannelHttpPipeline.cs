using System.Net;
using Bridge.Connectors.ConnectWise;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Bridge.Connectors.Notifications.Http;

/// <summary>
/// The Polly pipelines of the HTTP channels, declared once at registration. Every channel gets a timeout.
/// Only posts that were certainly not processed are retried: a connection that was never established
/// (nothing was sent), and 429/503 that carry a Retry-After (the server refused before processing).
/// A timeout or a reset after the request went out is ambiguous and never retried (reliability §1.2, §4).
/// </summary>
internal static class ChannelHttpPipeline
{
    /// <summary>Timeout only: for calls that create something on the provider (SMS).</summary>
    public static void ConfigureNoRetry(ResiliencePipelineBuilder<HttpResponseMessage> builder, TimeSpan timeout, TimeProvider time)
    {
        builder.TimeProvider = time;
        builder.AddTimeout(new TimeoutStrategyOptions { Name = "attempt", Timeout = timeout });
    }

    /// <summary>Retry on the safe cases (outermost), then a per-attempt timeout.</summary>
    public static void ConfigureSafeRetry(
        ResiliencePipelineBuilder<HttpResponseMessage> builder,
        string kind,
        TimeSpan timeout,
        int maxRetryAttempts,
        TimeSpan maxRetryAfter,
        ILogger logger,
        TimeProvider time)
    {
        builder.TimeProvider = time;
        if (maxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                Name = "retry",
                MaxRetryAttempts = maxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromMilliseconds(200),
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(
                    IsSafeToRetry(args.Outcome.Result, args.Outcome.Exception, time.GetUtcNow(), maxRetryAfter)),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result is { } response ? RetryAfterParser.FromResponse(response, time.GetUtcNow()) : null),
                OnRetry = args =>
                {
                    NotificationChannelLog.Retrying(logger, kind, args.AttemptNumber + 1, Describe(args.Outcome), args.RetryDelay.TotalMilliseconds);
                    return ValueTask.CompletedTask;
                },
            });
        }

        builder.AddTimeout(new TimeoutStrategyOptions { Name = "attempt", Timeout = timeout });
    }

    /// <summary>The retry rule, pure: nothing ambiguous is ever repeated.</summary>
    internal static bool IsSafeToRetry(HttpResponseMessage? response, Exception? exception, DateTimeOffset now, TimeSpan maxRetryAfter)
    {
        if (exception is not null)
        {
            return IsNotSent(exception);
        }

        if (response?.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
        {
            var wait = RetryAfterParser.FromResponse(response, now);
            return wait is not null && wait <= maxRetryAfter;
        }

        return false;
    }

    /// <summary>True when the request certainly never reached the server (no connection was established).</summary>
    internal static bool IsNotSent(Exception exception) =>
        exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError };

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } ex ? ex.GetType().Name : $"{(int)outcome.Result!.StatusCode} {outcome.Result.StatusCode}";
}
