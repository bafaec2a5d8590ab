namespace Bridge.Worker.Reporting.ServiceDesk;

/// <summary>
/// A report's results per period, kept for a while, so the page, its CSV and the digest share one read of
/// ConnectWise. Callers asking at the same time share one build. A build that says it is not to be kept (a figure
/// could not be read) or that fails is not kept: the next view tries again.
/// </summary>
internal sealed class ReportResultCache(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<ReportPeriod, Entry> _entries = [];

    public async Task<ReportResult> GetOrBuildAsync(
        ReportPeriod period,
        TimeSpan keepFor,
        Func<CancellationToken, Task<(ReportResult Result, bool Keep)>> build,
        CancellationToken cancellationToken)
    {
        Entry entry;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            foreach (var stale in _entries.Where(e => e.Value.Expires <= now).Select(e => e.Key).ToList())
            {
                _entries.Remove(stale);
            }

            if (!_entries.TryGetValue(period, out entry!))
            {
                entry = new Entry(build(cancellationToken), now + keepFor);
                _entries[period] = entry;
            }
        }

        try
        {
            var (result, keep) = await entry.Build.WaitAsync(cancellationToken);
            if (!keep)
            {
                Forget(period, entry);
            }

            return result;
        }
        catch
        {
            Forget(period, entry);
            throw;
        }
    }

    private void Forget(ReportPeriod period, Entry entry)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(period, out var current) && ReferenceEquals(current, entry))
            {
                _entries.Remove(period);
            }
        }
    }

    private sealed record Entry(Task<(ReportResult Result, bool Keep)> Build, DateTimeOffset Expires);
}
