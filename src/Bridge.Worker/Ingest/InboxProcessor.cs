using System.Text.Json;
using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.ConnectWise.Callbacks;
using Bridge.Connectors.ConnectWise.Models;
using Bridge.Worker.Kernel;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Ingest;

/// <summary>
/// Works the inbox after the answer has gone out: re-verifies what could not be verified at receipt, takes
/// the ticket from a verified callback's entity when it is newer than the one held, fetches it by id
/// otherwise, and marks entries done only after the tracker stored their changes. Woken by each stored
/// callback and by a sweep timer, so entries left by a crash are processed after the restart.
/// </summary>
internal sealed class InboxProcessor(
    CallbackInbox inbox,
    ConnectWiseCallbackVerifier verifier,
    TicketReader reader,
    TicketTracker tracker,
    IOptionsMonitor<IngestOptions> options,
    TimeProvider time,
    ILogger<InboxProcessor> logger) : BackgroundService
{
    private const int BatchSize = 500;
    private const int MaxAttempts = 20;

    /// <summary>
    /// Retention is counted in days, so forgetting old entries once in a while is enough; after every pass (every
    /// stored callback under load) the purge cost more than the work it followed.
    /// </summary>
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromMinutes(10);
    private readonly WorkSignal _signal = new();
    private volatile bool _paused;
    private DateTimeOffset _lastPurge = DateTimeOffset.MinValue;

    /// <summary>A callback was stored: process it now rather than at the next sweep.</summary>
    public void Notify() => _signal.Notify();

    /// <summary>Tests: leave stored callbacks unprocessed, as a crash right after the inbox write would.</summary>
    internal void Pause() => _paused = true;

    internal void Resume()
    {
        _paused = false;
        Notify();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ProcessPendingAsync(stoppingToken);
                PurgeWhenDue();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                IngestLog.InboxFailed(logger, ex);
            }

            await _signal.WaitAsync(options.CurrentValue.InboxSweepInterval, time, stoppingToken);
        }
    }

    /// <summary>One pass over the pending entries, oldest first.</summary>
    public async Task ProcessPendingAsync(CancellationToken ct)
    {
        while (!_paused)
        {
            var entries = inbox.Pending(BatchSize);
            if (entries.Count == 0)
            {
                return;
            }

            var versions = new List<TicketVersion>();
            var finished = new List<InboxEntry>();
            foreach (var entry in entries)
            {
                var outcome = await ResolveAsync(entry, ct);
                if (outcome.Version is not null)
                {
                    versions.Add(outcome.Version);
                }

                if (outcome.Finished)
                {
                    finished.Add(entry);
                }
            }

            // The tracker sorts by ConnectWise version, so callbacks that arrived out of order still apply in order.
            await tracker.ApplyAsync(versions, ct);
            var now = time.GetUtcNow();
            foreach (var entry in finished.Where(e => e.Status == InboxStatus.Pending))
            {
                entry.Status = InboxStatus.Done;
                entry.ProcessedAt = now;
            }

            inbox.Update(entries);
            if (finished.Count == 0 || entries.Count < BatchSize)
            {
                return;
            }
        }
    }

    private void PurgeWhenDue()
    {
        var now = time.GetUtcNow();
        if (now - _lastPurge >= PurgeInterval)
        {
            inbox.Purge(now - options.CurrentValue.InboxRetention);
            _lastPurge = now;
        }
    }

    private async Task<Outcome> ResolveAsync(InboxEntry entry, CancellationToken ct)
    {
        if (!entry.Verified)
        {
            var result = await verifier.VerifyAsync(entry.Body, entry.Signature, ct);
            var verdict = CallbackVerdict.Classify(result);
            if (verdict is CallbackVerdictKind.Malformed or CallbackVerdictKind.Rejected)
            {
                return Reject(entry, result.FailureReason ?? "not genuine");
            }

            entry.Verified = verdict == CallbackVerdictKind.Valid;
        }

        if (!ConnectWiseCallbackPayload.TryParse(entry.Body, out var payload, out var error))
        {
            return Reject(entry, error);
        }

        if (!string.Equals(payload.Type, "ticket", StringComparison.Ordinal))
        {
            entry.Note = "not a ticket callback";
            return new Outcome(null, true);
        }

        // A verified "deleted" needs no read: the ticket is gone. An unverified one is a hint like any other.
        if (entry.Verified && payload.IsDeleted && payload.Id <= int.MaxValue)
        {
            entry.Note = "deleted";
            return new Outcome(TicketVersion.Deletion((int)payload.Id, ChangeSource.Callback), true);
        }

        // Only a verified entity is used, and only when it is newer than what is held; anything else is a hint
        // to read the ticket with the bridge's own credentials (a read also settles two saves in one second).
        if (entry.Verified && FromEntity(payload) is { } snapshot
            && (tracker.Held(snapshot.Id) is not { } held || snapshot.LastUpdated > held.LastUpdated))
        {
            return new Outcome(new TicketVersion(snapshot, ChangeSource.Callback), true);
        }

        return await FetchAsync(entry, payload, ct);
    }

    private async Task<Outcome> FetchAsync(InboxEntry entry, ConnectWiseCallbackPayload payload, CancellationToken ct)
    {
        if (payload.Id > int.MaxValue)
        {
            return Reject(entry, "ticket id out of range");
        }

        var id = (int)payload.Id;
        try
        {
            var snapshot = await reader.ReadAsync(id, ct);
            entry.Note = snapshot is null ? "ticket no longer exists" : "fetched";
            return new Outcome(snapshot is null ? TicketVersion.Deletion(id, ChangeSource.Fetch) : new TicketVersion(snapshot, ChangeSource.Fetch), true);
        }
        catch (Exception ex) when (IngestFailures.IsTransient(ex, ct))
        {
            entry.Attempts++;
            IngestLog.FetchFailed(logger, id, entry.Attempts, ex);
            return entry.Attempts >= MaxAttempts ? Reject(entry, "ticket could not be fetched; left to the poller") : new Outcome(null, false);
        }
    }

    private static TicketSnapshot? FromEntity(ConnectWiseCallbackPayload payload)
    {
        if (payload.Entity is null)
        {
            return null;
        }

        try
        {
            var ticket = JsonSerializer.Deserialize<Ticket>(payload.Entity, ConnectWiseJson.Options);
            var snapshot = ticket is null ? null : TicketSnapshotMapper.TryMap(ticket);
            return snapshot?.Id == payload.Id ? snapshot : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private Outcome Reject(InboxEntry entry, string reason)
    {
        entry.Status = InboxStatus.Rejected;
        entry.Note = reason;
        entry.ProcessedAt = time.GetUtcNow();
        IngestLog.InboxEntryRejected(logger, entry.Id, entry.Type, entry.RecordId, reason);
        return new Outcome(null, true);
    }

    public override void Dispose()
    {
        _signal.Dispose();
        base.Dispose();
    }

    private sealed record Outcome(TicketVersion? Version, bool Finished);
}
