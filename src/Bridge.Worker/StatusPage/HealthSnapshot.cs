using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bridge.Worker.StatusPage;

/// <summary>
/// The readiness checks (<c>/health/ready</c>), run at most once per <see cref="MaxAge"/> however many pages
/// are open: the ConnectWise check is a real API call and the storage check a real write.
/// </summary>
internal sealed class HealthSnapshot(HealthCheckService health, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (HealthReport Report, DateTimeOffset At)? _last;

    public async Task<(HealthReport Report, DateTimeOffset At)> GetAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } other)
            {
                return other;
            }

            var report = await health.CheckHealthAsync(check => check.Tags.Contains("ready"), cancellationToken);
            _last = (report, time.GetUtcNow());
            return _last.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    private (HealthReport, DateTimeOffset)? Fresh() =>
        _last is { } last && time.GetUtcNow() - last.At < MaxAge ? last : null;

    public void Dispose() => _gate.Dispose();
}
