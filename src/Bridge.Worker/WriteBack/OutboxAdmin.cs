using Bridge.Worker.Storage;

namespace Bridge.Worker.WriteBack;

/// <summary>
/// What an admin does about a parked record once its cause is fixed (a status renamed, a member given rights):
/// retry it (back to pending, first in its ticket's line), or dismiss it (kept as skipped, with who and why). Each
/// action is a line in the record's log, which the ticket's timeline shows, so its story says what happened to the write.
/// </summary>
internal sealed class OutboxAdmin(BridgeDatabase database, OutboxStore store, OutboxWorker worker, TimeProvider time)
{
    private const string Admin = "admin";

    public OutboxAdminResult Retry(int id)
    {
        var result = database.Write(() =>
        {
            if (store.Get(id) is not { } record)
            {
                return new OutboxAdminResult(false, $"There is no outbox record {id}.");
            }

            if (record.State is not (OutboxState.Parked or OutboxState.Failed or OutboxState.Unknown))
            {
                return new OutboxAdminResult(false, $"Outbox record {id} is {record.State}; only parked, failed or unknown records can be retried.");
            }

            var now = time.GetUtcNow();
            var was = record.State;
            record.State = was == OutboxState.Parked ? OutboxState.Pending : was;
            record.Open = true;
            record.NextAttemptAt = now;
            record.CompletedAt = null;
            record.AddLog(now, Admin, $"outbox {id} ({record.Summary}) retried by an admin after {was}: {record.LastError}");
            store.Update(record);
            return new OutboxAdminResult(true, $"Outbox record {id} ({record.Key}) will be tried again now.");
        });
        worker.Notify();
        return result;
    }

    public OutboxAdminResult Dismiss(int id, string? reason) => database.Write(() =>
    {
        if (store.Get(id) is not { } record)
        {
            return new OutboxAdminResult(false, $"There is no outbox record {id}.");
        }

        if (record.State is not (OutboxState.Parked or OutboxState.Failed or OutboxState.Unknown or OutboxState.Pending))
        {
            return new OutboxAdminResult(false, $"Outbox record {id} is {record.State}; it is final already.");
        }

        var now = time.GetUtcNow();
        var why = string.IsNullOrWhiteSpace(reason) ? "no reason given" : reason.Trim();
        record.State = OutboxState.Skipped;
        record.Open = false;
        record.CompletedAt = now;
        record.Outcome = $"dismissed by an admin ({why}); was: {record.LastError ?? record.Outcome}";
        record.AddLog(now, Admin, $"outbox {id} ({record.Summary}) dismissed by an admin: {why}");
        store.Update(record);
        return new OutboxAdminResult(true, $"Outbox record {id} ({record.Key}) dismissed; it will not be written.");
    });
}
