using Bridge.Connectors.ConnectWise;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bridge.Worker.ConnectWise;

/// <summary>Ready only when ConnectWise answers an authenticated call with the configured keys.</summary>
internal sealed class ConnectWiseHealthCheck(IConnectWiseApi api) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var info = await api.GetSystemInfoAsync(cancellationToken);
            return HealthCheckResult.Healthy($"ConnectWise {info.Version} answers.");
        }
        catch (ConnectWiseApiException ex)
        {
            return HealthCheckResult.Unhealthy($"ConnectWise answered {(int)ex.StatusCode}: {ex.Message}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException or TaskCanceledException or Polly.CircuitBreaker.BrokenCircuitException or Polly.Timeout.TimeoutRejectedException)
        {
            return HealthCheckResult.Unhealthy($"ConnectWise is not reachable: {ex.Message}");
        }
    }
}
