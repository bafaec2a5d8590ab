namespace Bridge.Worker.Access.Audit;

/// <summary>
/// Deletes audit entries past <c>Access:AuditRetention</c>: once at start (a service restarted more often than hourly
/// still sweeps), then every hour on the bridge's clock.
/// </summary>
internal sealed class AuditSweeper(AuditStore store, TimeProvider time, ILogger<AuditSweeper> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    private int _sweeps;

    /// <summary>Sweeps finished since start, failed ones included (a test waits on it after moving its clock).</summary>
    public int Sweeps => Volatile.Read(ref _sweeps);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                store.Sweep();
            }
            catch (Exception ex) when (Storage.StorageFailure.Is(ex) || ex is InvalidOperationException)
            {
                AuditLog.SweepFailed(logger, ex);
            }

            Interlocked.Increment(ref _sweeps);
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
