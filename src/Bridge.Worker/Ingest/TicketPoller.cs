using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.ConnectWise.Models;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Ingest;

/// <summary>
/// The safety net behind callbacks: per configured board, reads the tickets ConnectWise changed since the
/// watermark (minus the overlap), ordered by lastUpdated then id, at the largest page size, and feeds them to
/// the tracker page by page, moving the watermark after each stored page.
/// </summary>
internal sealed class TicketPoller(
    IConnectWiseApi api,
    ConnectWisePager pager,
    TicketTracker tracker,
    PollWatermarkStore watermarks,
    ChangeDispatcher dispatcher,
    IOptionsMonitor<IngestOptions> options,
    ILogger<TicketPoller> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _cycles;

    /// <summary>Completed poll cycles since start (diagnostics and tests).</summary>
    public int CompletedCycles => Volatile.Read(ref _cycles);

    /// <summary>One poll cycle over every configured board; the Quartz job calls this, tests may too.</summary>
    public async Task<int> PollOnceAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var settings = options.CurrentValue;
            var boards = settings.Boards.Count == 0 ? [null] : settings.Boards.Select(b => (string?)b).ToList();
            var changes = 0;
            foreach (var board in boards)
            {
                var scope = PollQuery.Scope(board);
                try
                {
                    changes += await PollScopeAsync(board, scope, settings.PollOverlap, ct);
                }
                catch (Exception ex) when (ex is ConnectWiseApiException or HttpRequestException or TimeoutException or InvalidOperationException
                    or Polly.CircuitBreaker.BrokenCircuitException or Polly.Timeout.TimeoutRejectedException
                    || (ex is TaskCanceledException && !ct.IsCancellationRequested))
                {
                    IngestLog.PollFailed(logger, scope, ex);
                }
            }

            await dispatcher.DispatchPendingAsync(ct);
            Interlocked.Increment(ref _cycles);
            return changes;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<int> PollScopeAsync(string? board, string scope, TimeSpan overlap, CancellationToken ct)
    {
        var watermark = watermarks.Get(scope);
        var conditions = PollQuery.Conditions(board, watermark, overlap).ToString();
        var page = new List<TicketVersion>();
        var read = 0;
        var changes = 0;
        await foreach (var ticket in pager.EnumerateAsync<Ticket>(
            (pageSize, token) => api.GetTicketsAsync(conditions: conditions, orderBy: PollQuery.OrderBy, fields: TicketSnapshotMapper.Fields, page: 1, pageSize: pageSize, cancellationToken: token),
            ct))
        {
            read++;
            if (TicketSnapshotMapper.TryMap(ticket) is { } snapshot)
            {
                page.Add(new TicketVersion(snapshot, ChangeSource.Poll));
            }

            if (page.Count >= 1000)
            {
                changes += await StoreAsync(scope, page, ct);
                page.Clear();
            }
        }

        changes += await StoreAsync(scope, page, ct);
        IngestLog.PollCompleted(logger, scope, watermark is null ? "cold start (open tickets)" : "since watermark", read, changes, watermarks.Get(scope));
        return changes;
    }

    private async Task<int> StoreAsync(string scope, List<TicketVersion> page, CancellationToken ct)
    {
        if (page.Count == 0)
        {
            return 0;
        }

        var stored = await tracker.ApplyAsync(page, ct);
        // Rows come in lastUpdated order, so everything up to the page's newest stamp has been stored.
        watermarks.Advance(scope, page.Max(v => v.Snapshot.LastUpdated));
        return stored.Count;
    }

    public void Dispose() => _gate.Dispose();
}
