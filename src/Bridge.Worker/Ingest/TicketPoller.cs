using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.ConnectWise.Models;
using Bridge.Worker.Telemetry;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Ingest;

/// <summary>
/// The safety net behind callbacks: per configured board (and per opted-in project board), reads the tickets
/// ConnectWise changed since the watermark (minus the overlap) with forward-only pagination, so tickets saved
/// during a long scan cannot shift a page and be skipped; feeds them to the tracker page by page, and moves the
/// watermark once the scan is complete.
/// </summary>
internal sealed class TicketPoller(
    IConnectWiseApi api,
    ConnectWisePager pager,
    TicketTracker tracker,
    PollWatermarkStore watermarks,
    IOptionsMonitor<IngestOptions> options,
    BridgeMetrics metrics,
    PollStatus status,
    TimeProvider time,
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
        var started = time.GetTimestamp();
        try
        {
            var settings = options.CurrentValue;
            var scopes = (settings.Boards.Count == 0 ? [null] : settings.Boards.Select(b => (string?)b))
                .Select(board => (Key: PollQuery.Scope(board), Board: board, Project: false))
                .Concat(settings.ProjectBoards.Where(b => !string.IsNullOrWhiteSpace(b)).Select(board => (Key: PollQuery.ProjectScope(board), Board: (string?)board, Project: true)))
                .ToList();
            var changes = 0;
            Exception? failure = null;
            foreach (var (key, board, project) in scopes)
            {
                try
                {
                    changes += await PollScopeAsync(key, board, project, settings.PollOverlap, ct);
                }
                catch (Exception ex) when (IngestFailures.IsTransient(ex, ct))
                {
                    IngestLog.PollFailed(logger, key, ex);
                    failure = ex;
                }
            }

            if (failure is null)
            {
                status.Succeeded();
            }
            else
            {
                status.Failed(failure);
            }

            metrics.PollCompleted(time.GetElapsedTime(started), succeeded: failure is null);
            Interlocked.Increment(ref _cycles);
            return changes;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<int> PollScopeAsync(string scope, string? board, bool project, TimeSpan overlap, CancellationToken ct)
    {
        var watermark = watermarks.Get(scope);
        var conditions = PollQuery.Conditions(board, watermark, overlap).ToString();
        DateTimeOffset? serverDate = null;
        DateTimeOffset? newest = null;
        var read = 0;
        var changes = 0;
        await foreach (var page in pager.EnumerateForwardOnlyAsync<Ticket>(
            (pageId, pageSize, token) => project
                ? api.GetProjectTicketsForwardOnlyAsync(conditions, TicketSnapshotMapper.Fields, pageId, pageSize, token)
                : api.GetTicketsForwardOnlyAsync(conditions, TicketSnapshotMapper.Fields, pageId, pageSize, token),
            ticket => ticket.Id,
            ct))
        {
            serverDate ??= page.ServerDate;
            read += page.Rows.Count;
            var versions = new List<TicketVersion>(page.Rows.Count);
            foreach (var ticket in page.Rows)
            {
                if (TicketSnapshotMapper.TryMap(ticket) is { } snapshot)
                {
                    versions.Add(new TicketVersion(snapshot, ChangeSource.Poll));
                    newest = newest is { } n && n >= snapshot.LastUpdated ? n : snapshot.LastUpdated;
                }
            }

            changes += (await tracker.ApplyAsync(versions, ct)).Count;
        }

        if (serverDate is null && read > 0)
        {
            IngestLog.PollWithoutServerDate(logger, scope);
        }

        if (PollQuery.NextWatermark(serverDate, newest) is { } next)
        {
            watermarks.Advance(scope, next);
        }

        IngestLog.PollCompleted(logger, scope, watermark is null ? "cold start (open tickets)" : "since watermark", read, changes, watermarks.Get(scope));
        return changes;
    }

    public void Dispose() => _gate.Dispose();
}
