namespace Bridge.Worker.Ingest;

/// <summary>
/// Every <see cref="Interval"/>, asks <see cref="HeapTrimPolicy"/> whether a burst has ended and, if so, runs one
/// aggressive full collection, which compacts the heap and returns its free memory to the operating system.
/// </summary>
internal sealed class HeapTrim(CallbackInbox inbox, TimeProvider time, ILogger<HeapTrim> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var policy = HeapTrimPolicy.Default;
        var allocatedAtTrim = GC.GetTotalAllocatedBytes();
        var storedAtCheck = inbox.Stored;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(Interval, time, stoppingToken);
                var allocated = GC.GetTotalAllocatedBytes() - allocatedAtTrim;
                var stored = inbox.Stored;
                if (policy.ShouldTrim(allocated, stored - storedAtCheck))
                {
                    var before = Environment.WorkingSet;
                    GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                    IngestLog.HeapTrimmed(logger, allocated / (1024 * 1024), before / (1024 * 1024), Environment.WorkingSet / (1024 * 1024));
                    allocatedAtTrim = GC.GetTotalAllocatedBytes();
                }

                storedAtCheck = stored;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
