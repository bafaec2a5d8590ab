using Bridge.Worker.Kernel;
using Bridge.Worker.Storage;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.WriteBack;

/// <summary>
/// One pass of the outbox: take new timeline lines, then send every record that is due, oldest first, one at a time,
/// each ticket's records in order. A record is marked sending (durably) before its write and finished after it, with
/// a line in its own log (<see cref="OutboxRecord.Log"/>) when it is applied, skipped, parked or shadowed: the
/// outbox is write-back's log, and the incident timeline it reads from stays escalation's.
/// </summary>
internal sealed class OutboxProcessor(
    BridgeDatabase database,
    OutboxStore store,
    AppliedStatusStore applied,
    TimelineFeeder feeder,
    WriteBackTargetResolver targets,
    IEnumerable<IOutboxWriter> writers,
    IOptionsMonitor<WriteBackOptions> options,
    IOptionsMonitor<BridgeModeOptions> mode,
    TimeProvider time,
    ILogger<OutboxProcessor> logger)
{
    private readonly Dictionary<OutboxKind, IOutboxWriter> _writers = writers.ToDictionary(w => w.Kind);
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    /// <summary>
    /// At start: a record found sending was interrupted (crash, stop) with its outcome unknown; it is looked up
    /// before it is sent again.
    /// </summary>
    public int RecoverInterrupted() => RecoverSending(_ => true, "interrupted while sending (the service stopped)");

    /// <summary>Runs one pass; returns when the next record is due (null: nothing waits).</summary>
    public async Task<DateTimeOffset?> RunOnceAsync(CancellationToken cancellationToken)
    {
        feeder.FeedAll();
        var now = time.GetUtcNow();
        if (now < _pausedUntil)
        {
            return _pausedUntil;
        }

        if (!await targets.EnsureAsync(cancellationToken))
        {
            return targets.NextCheckAt;
        }

        RecoverSending(r => r.SendingDeadline <= now, "no outcome before its send deadline");
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            now = time.GetUtcNow();
            var heads = store.Heads();
            var due = heads.Where(r => r.State != OutboxState.Sending && r.NextAttemptAt <= now).ToList();
            if (due.Count == 0)
            {
                return heads.Count == 0 ? null : heads.Min(r => r.NextAttemptAt);
            }

            foreach (var record in due)
            {
                if (!await SendAsync(record, targets.Targets ?? WriteBackTargets.None, cancellationToken))
                {
                    WriteBackLog.Paused(logger, _pausedUntil - time.GetUtcNow());
                    return _pausedUntil;
                }
            }
        }
    }

    /// <summary>Attempts one record; false when ConnectWise is not taking writes and the whole outbox should wait.</summary>
    private async Task<bool> SendAsync(OutboxRecord record, WriteBackTargets resolved, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!_writers.TryGetValue(record.Kind, out var writer))
        {
            Finish(record, new WriteResult(OutboxState.Parked, $"parked: no writer for {record.Kind} records"), now);
            return true;
        }

        record.State = OutboxState.Sending;
        record.Attempts++;
        record.SendingDeadline = now + options.CurrentValue.SendTimeout;
        database.Write(() => store.Update(record));

        var attempt = new WriteAttempt(record, resolved, mode.CurrentValue.Mode == BridgeMode.Shadow);
        try
        {
            var result = await writer.WriteAsync(attempt, cancellationToken);
            Finish(record, result, time.GetUtcNow());
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: what became of the write is unknown; the next start looks it up.
            Fail(record, new WriteFailure(FailureKind.Unclear, "the service stopped during the attempt", null, false), attempt.CreateSent, time.GetUtcNow(), retryAt: time.GetUtcNow());
            throw;
        }
        catch (Exception ex)
        {
            var failure = WriteFailure.Classify(ex);
            Fail(record, failure, attempt.CreateSent, time.GetUtcNow());
            if (failure.ServiceDown)
            {
                _pausedUntil = record.NextAttemptAt;
                return false;
            }

            return true;
        }
    }

    private void Finish(OutboxRecord record, WriteResult result, DateTimeOffset now)
    {
        record.State = result.State;
        record.Open = false;
        record.CompletedAt = now;
        record.SendingDeadline = null;
        record.Outcome = result.Text;
        record.ConnectWiseId = result.ConnectWiseId ?? record.ConnectWiseId;
        record.AddLog(now, ResultOf(result.State), result.Text);
        database.Write(() =>
        {
            store.Update(record);
            if (result.StatusNow is { } status)
            {
                applied.Set(record.TicketId, status);
            }
        });
        if (result.State == OutboxState.Parked)
        {
            WriteBackLog.Parked(logger, record.Id, record.Key, record.TicketId, record.Attempts, result.Text);
        }
        else
        {
            WriteBackLog.Completed(logger, record.Id, record.Key, record.TicketId, result.State, result.Text);
        }
    }

    private void Fail(OutboxRecord record, WriteFailure failure, bool createSent, DateTimeOffset now, DateTimeOffset? retryAt = null)
    {
        record.LastError = failure.Error;
        if (failure.Kind == FailureKind.Rejected)
        {
            record.State = OutboxState.Parked;
            record.Open = false;
            record.CompletedAt = now;
            record.SendingDeadline = null;
            record.Outcome = $"parked: {failure.Error}";
            record.AddLog(now, ResultOf(OutboxState.Parked), $"{Describe(record)} parked, not retried: {failure.Error}");
            database.Write(() => store.Update(record));
            WriteBackLog.Parked(logger, record.Id, record.Key, record.TicketId, record.Attempts, failure.Error);
            return;
        }

        record.MayExist |= failure.Kind == FailureKind.Unclear && createSent;
        record.State = record.MayExist ? OutboxState.Unknown : OutboxState.Failed;
        record.SendingDeadline = null;
        var wait = OutboxBackoff.Delay(record.Attempts, failure.RetryAfter, options.CurrentValue, Random.Shared.NextDouble());
        record.NextAttemptAt = retryAt ?? now + wait;
        database.Write(() => store.Update(record));
        WriteBackLog.AttemptFailed(logger, record.Id, record.Key, record.TicketId, record.Attempts, failure.Kind, wait, failure.Error);
    }

    private int RecoverSending(Func<OutboxRecord, bool> which, string reason)
    {
        var stuck = store.OpenRecords().Where(r => r.State == OutboxState.Sending && which(r)).ToList();
        if (stuck.Count == 0)
        {
            return 0;
        }

        var now = time.GetUtcNow();
        database.Write(() =>
        {
            foreach (var record in stuck)
            {
                record.State = OutboxState.Unknown;
                record.MayExist = true;
                record.SendingDeadline = null;
                record.NextAttemptAt = now;
                record.LastError = reason;
                store.Update(record);
            }
        });
        WriteBackLog.Interrupted(logger, stuck.Count);
        return stuck.Count;
    }

    private static string ResultOf(OutboxState state) => state switch
    {
        OutboxState.Sent => "applied",
        OutboxState.Skipped => "skipped",
        OutboxState.Parked => "parked",
        OutboxState.Shadowed => "shadowed",
        _ => state.ToString().ToLowerInvariant(),
    };

    private static string Describe(OutboxRecord record) => record.Kind switch
    {
        OutboxKind.Note => "internal note",
        OutboxKind.TimeEntry => "time entry",
        OutboxKind.Status => "status change",
        OutboxKind.TimeEntryWorkType => "work type change",
        _ => record.Kind.ToString(),
    };
}
