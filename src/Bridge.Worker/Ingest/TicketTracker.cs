using Bridge.Worker.Engine;
using System.Net;
using Bridge.Connectors.ConnectWise;
using Bridge.Worker.Storage;

namespace Bridge.Worker.Ingest;

/// <summary>
/// Holds the last snapshot per ticket and turns newer versions into stored changes. Callbacks, fetches and
/// polls all come through here, one batch at a time, so the same version seen twice yields one change.
/// </summary>
/// <remarks>
/// ConnectWise stamps saves in whole seconds. A version with the held stamp but other content is a second save in
/// the same second (a P3 raised to P1 a moment after it was entered): the tracker reads the ticket again and takes
/// that read as current, so no change is lost because it shared its second with another.
/// </remarks>
internal sealed class TicketTracker(
    BridgeDatabase database,
    TicketStateStore states,
    TicketChangeStore changes,
    ITicketSource reader,
    BridgeMember member,
    StageWakeups wakeups,
    TimeProvider time,
    ILogger<TicketTracker> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>
    /// Applies versions in ConnectWise order (lastUpdated, then id), whatever order they arrived in, and stores
    /// the resulting changes together with the new snapshots in one durable write; then settles same-second ties
    /// by reading those tickets again. Returns the changes stored.
    /// </summary>
    /// <exception cref="ConnectWiseApiException">Reading a ticket's configuration items failed transiently (the caller retries).</exception>
    public async Task<IReadOnlyList<TicketChange>> ApplyAsync(IReadOnlyCollection<TicketVersion> versions, CancellationToken ct)
    {
        if (versions.Count == 0)
        {
            return [];
        }

        var (prepared, ties) = await PrepareAsync(versions, ct);
        var stored = await StoreAsync(prepared, ct);
        if (ties.Count == 0)
        {
            return stored;
        }

        var settled = await SettleAsync(ties, ct);
        return settled.Count == 0 ? stored : [.. stored, .. await StoreAsync(settled, ct)];
    }

    public TicketSnapshot? Held(int ticketId) => states.Get(ticketId);

    /// <summary>The open tickets held (neither closed nor deleted).</summary>
    public IReadOnlyList<TicketSnapshot> Open() => states.Open();

    /// <summary>
    /// Asks the stages to decide these tickets again as they are held: a business-hours boundary of their client passed
    /// at <paramref name="boundary"/> (<paramref name="state"/> <c>open</c> or <c>closed</c>). One change per ticket and
    /// boundary (its key), stored like any other; returns how many were new.
    /// </summary>
    public async Task<int> RedecideAsync(IReadOnlyCollection<int> ticketIds, DateTimeOffset boundary, string state, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var observedAt = time.GetUtcNow();
            var produced = ticketIds
                .Select(states.Get)
                .Where(t => t is { Closed: false, Deleted: false })
                .Select(t => new TicketChange(
                    $"{t!.Id}:redecided:{boundary.UtcDateTime:O}", t.Id, TicketChangeKind.Redecided, "business-hours", null, state, t, ChangeSource.Boundary, observedAt, t.LastUpdated))
                .ToList();
            var stored = database.Write(() => changes.AddNew(produced));
            if (stored.Count > 0)
            {
                wakeups.Notify(TicketChangeInput.InputName);
            }

            return stored.Count;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Outside the gate (it reads ConnectWise): the configuration items of each version that may be news, the held
    /// ones for the rest; and the tickets whose version ties with the one held.
    /// </summary>
    private async Task<(List<TicketVersion> Versions, List<int> Ties)> PrepareAsync(IReadOnlyCollection<TicketVersion> versions, CancellationToken ct)
    {
        var prepared = new List<TicketVersion>(versions.Count);
        var ties = new List<int>();
        foreach (var version in versions)
        {
            if (version.IsDeletion)
            {
                prepared.Add(version);
                continue;
            }

            var held = states.Get(version.Snapshot.Id);
            var order = TicketDiff.Order(held, version.Snapshot);
            if (order == TicketVersionOrder.Tie && version.Source != ChangeSource.Fetch)
            {
                ties.Add(version.Snapshot.Id);
                continue;
            }

            if (order is TicketVersionOrder.Same or TicketVersionOrder.Older)
            {
                continue;
            }

            prepared.Add(version with { Snapshot = await DetailsAsync(version.Snapshot, held, ct) });
        }

        return (prepared, ties.Distinct().ToList());
    }

    private async Task<TicketSnapshot> DetailsAsync(TicketSnapshot snapshot, TicketSnapshot? held, CancellationToken ct)
    {
        if (snapshot.ConfigurationItems.Count > 0)
        {
            return snapshot;
        }

        try
        {
            return await reader.WithDetailsAsync(snapshot, ct);
        }
        catch (ConnectWiseApiException ex) when (ex.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            // A refusal that will not go away by itself (the API member may not read configurations) must not stop
            // every ticket behind this one: the ticket goes on with what was known of its configuration items.
            IngestLog.ConfigurationItemsUnreadable(logger, snapshot.Id, (int)ex.StatusCode, ex.Code ?? "");
            return snapshot with { ConfigurationItems = held?.ConfigurationItems ?? [] };
        }
    }

    /// <summary>Reads each tied ticket again; a ticket that cannot be read now is left to the next poll, which ties again.</summary>
    private async Task<List<TicketVersion>> SettleAsync(List<int> ties, CancellationToken ct)
    {
        var settled = new List<TicketVersion>();
        foreach (var id in ties)
        {
            try
            {
                var current = await reader.ReadAsync(id, ct);
                settled.Add(current is null ? TicketVersion.Deletion(id, ChangeSource.Fetch) : new TicketVersion(current, ChangeSource.Fetch));
                IngestLog.SameSecondSettled(logger, id);
            }
            catch (Exception ex) when (IngestFailures.IsTransient(ex, ct))
            {
                IngestLog.SameSecondUnsettled(logger, id, ex);
            }
        }

        return settled;
    }

    private async Task<IReadOnlyList<TicketChange>> StoreAsync(List<TicketVersion> versions, CancellationToken ct)
    {
        if (versions.Count == 0)
        {
            return [];
        }

        await _gate.WaitAsync(ct);
        try
        {
            var observedAt = time.GetUtcNow();
            // Deletions last: nothing in the same batch can bring a deleted ticket back.
            var ordered = versions.OrderBy(v => v.IsDeletion).ThenBy(v => v.Snapshot.LastUpdated).ThenBy(v => v.Snapshot.Id).ToList();
            var held = new Dictionary<int, TicketSnapshot?>();
            var produced = new List<TicketChange>();
            var snapshots = new Dictionary<int, TicketSnapshot>();
            foreach (var version in ordered)
            {
                var id = version.Snapshot.Id;
                if (!held.TryGetValue(id, out var current))
                {
                    current = states.Get(id);
                }

                var (diff, next) = Diff(current, version, observedAt);
                if (diff.Count == 0)
                {
                    continue;
                }

                if (version.IsDeletion)
                {
                    IngestLog.Deleted(logger, id, version.Source);
                }

                produced.AddRange(diff.Select(c => c with { ByBridge = member.IsBridge(c.Ticket.UpdatedBy) }));
                held[id] = next;
                snapshots[id] = next;
            }

            // Two bulk commits per batch (each LiteDB commit is forced to disk). Changes first, snapshots second:
            // a crash in between repeats the same changes with the same keys, and the unique key keeps them single.
            var stored = database.Write(() =>
            {
                var added = changes.AddNew(produced);
                states.PutMany(snapshots.Values);
                return added;
            });
            if (stored.Count > 0)
            {
                wakeups.Notify(TicketChangeInput.InputName);
            }

            return stored;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static (IReadOnlyList<TicketChange> Changes, TicketSnapshot Next) Diff(TicketSnapshot? held, TicketVersion version, DateTimeOffset observedAt)
    {
        if (version.IsDeletion)
        {
            if (held is null || held.Deleted)
            {
                return ([], version.Snapshot);
            }

            var gone = held with { Deleted = true };
            return ([TicketDiff.Deletion(gone, version.Source, observedAt)], gone);
        }

        // Only a successful read brings back a ticket taken for deleted (a not-found that was not the truth).
        if (held?.Deleted == true && version.Source != ChangeSource.Fetch)
        {
            return ([], version.Snapshot);
        }

        var next = held?.Deleted == true ? held with { Deleted = false, LastUpdated = DateTimeOffset.MinValue } : held;
        return (TicketDiff.Compute(next, version.Snapshot, version.Source, observedAt), version.Snapshot);
    }

    public void Dispose() => _gate.Dispose();
}
