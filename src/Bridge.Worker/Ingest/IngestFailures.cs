using Bridge.Connectors.ConnectWise;

namespace Bridge.Worker.Ingest;

/// <summary>The failures of a ConnectWise read that a later attempt may not meet: answered by retrying, never by giving up.</summary>
internal static class IngestFailures
{
    public static bool IsTransient(Exception ex, CancellationToken ct) =>
        ex is ConnectWiseApiException or HttpRequestException or TimeoutException or InvalidOperationException
            or Polly.CircuitBreaker.BrokenCircuitException or Polly.Timeout.TimeoutRejectedException
        || (ex is TaskCanceledException && !ct.IsCancellationRequested);
}
