using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Bridge.Connectors.ConnectWise.Resilience;

/// <summary>
/// The one resilience pipeline of the ConnectWise client, outermost first: total timeout → retry →
/// circuit breaker → attempt timeout. The breaker sits inside the retry so every attempt is counted.
/// </summary>
internal static class ConnectWiseResiliencePipeline
{
    public const string Name = "connectwise";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ConnectWiseResilienceOptions options, ILogger logger, TimeProvider time)
    {
        builder.TimeProvider = time;

        builder.AddTimeout(new TimeoutStrategyOptions { Name = "total", Timeout = options.TotalTimeout });

        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(CreateRetry(options, logger, time));
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            Name = "breaker",
            FailureRatio = options.FailureRatio,
            MinimumThroughput = options.MinimumThroughput,
            SamplingDuration = options.SamplingDuration,
            BreakDuration = options.BreakDuration,
            ShouldHandle = args => ValueTask.FromResult(
                ConnectWiseRetryPolicy.IsBreakerFailure(args.Outcome.Result?.StatusCode, args.Outcome.Exception)),
            OnOpened = args =>
            {
                ConnectWiseLog.CircuitOpened(logger, args.BreakDuration.TotalSeconds, Describe(args.Outcome));
                return ValueTask.CompletedTask;
            },
            OnHalfOpened = _ =>
            {
                ConnectWiseLog.CircuitHalfOpened(logger);
                return ValueTask.CompletedTask;
            },
            OnClosed = _ =>
            {
                ConnectWiseLog.CircuitClosed(logger);
                return ValueTask.CompletedTask;
            },
        });

        builder.AddTimeout(new TimeoutStrategyOptions { Name = "attempt", Timeout = options.AttemptTimeout });
    }

    private static RetryStrategyOptions<HttpResponseMessage> CreateRetry(ConnectWiseResilienceOptions options, ILogger logger, TimeProvider time) => new()
    {
        Name = "retry",
        MaxRetryAttempts = options.MaxRetryAttempts,
        Delay = options.BaseDelay,
        MaxDelay = TimeSpan.FromSeconds(30),
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        ShouldHandle = args =>
        {
            var request = args.Outcome.Result?.RequestMessage ?? args.Context.GetRequestMessage();
            var response = args.Outcome.Result;
            var retryAfter = ConnectWiseRetryPolicy.ServerDelay(response, time.GetUtcNow());
            var verdict = ConnectWiseRetryPolicy.Decide(request?.Method, response?.StatusCode, args.Outcome.Exception, retryAfter, options.MaxRetryAfter);
            if (verdict == RetryVerdict.RetryAfterTooLong && response is not null)
            {
                ConnectWiseLog.RetryAfterTooLong(logger, Method(request), PathOf(request), response.StatusCode, retryAfter!.Value.TotalSeconds, options.MaxRetryAfter.TotalSeconds);
            }
            else if (verdict == RetryVerdict.DoNotRetry && (args.Outcome.Exception is not null || (int)(response?.StatusCode ?? HttpStatusCode.OK) >= 400))
            {
                ConnectWiseLog.NotRetried(logger, Method(request), PathOf(request), Describe(args.Outcome));
            }

            return ValueTask.FromResult(verdict == RetryVerdict.Retry);
        },
        // Null falls back to exponential backoff with jitter; a server-given wait is used as is.
        DelayGenerator = args => ValueTask.FromResult(ConnectWiseRetryPolicy.ServerDelay(args.Outcome.Result, time.GetUtcNow())),
        OnRetry = args =>
        {
            var request = args.Outcome.Result?.RequestMessage ?? args.Context.GetRequestMessage();
            ConnectWiseLog.Retrying(logger, Method(request), PathOf(request), args.AttemptNumber + 1, Describe(args.Outcome), args.RetryDelay.TotalMilliseconds);
            return ValueTask.CompletedTask;
        },
    };

    private static string Method(HttpRequestMessage? request) => request?.Method.Method ?? "?";

    private static string PathOf(HttpRequestMessage? request) => request?.RequestUri?.AbsolutePath ?? "?";

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } ex ? ex.GetType().Name : $"{(int)outcome.Result!.StatusCode} {outcome.Result.StatusCode}";
}
