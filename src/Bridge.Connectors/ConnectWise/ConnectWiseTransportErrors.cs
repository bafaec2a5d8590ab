using Polly.CircuitBreaker;

namespace Bridge.Connectors.ConnectWise;

/// <summary>
/// What a caller sees when no answer came: the transport exception itself (HttpRequestException,
/// Polly's TimeoutRejectedException, OperationCanceledException), not Refit's wrapper, so callers
/// depend on no Refit type; an open circuit becomes a <see cref="BrokenCircuitException"/> that says so plainly.
/// </summary>
internal static class ConnectWiseTransportErrors
{
    public static Exception Translate(HttpRequestMessage request, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is BrokenCircuitException broken)
        {
            var wait = broken.RetryAfter is { } retryAfter ? $" for about {Math.Ceiling(retryAfter.TotalSeconds)} s" : "";
            var message = $"ConnectWise calls are suspended{wait}: the circuit breaker opened after repeated failures (5xx, 429 or timeouts). {request.Method} {request.RequestUri?.AbsolutePath} was not sent.";
            return broken.RetryAfter is { } after
                ? new BrokenCircuitException(message, after, broken)
                : new BrokenCircuitException(message, broken);
        }

        return exception;
    }
}
