using Bridge.Worker.Storage;

namespace Bridge.Worker.Ingest;

/// <summary>
/// Holds the last snapshot per ticket and turns newer versions into stored changes. Callbacks, fetches and
/// polls all come through here, one batch at a time, so the same version seen twice yields one change.
/// </summary>
internal sealed class TicketTracker(BridgeDatabase database, TicketStateStore states, TicketChangeStore changes, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>
    /// Applies versions in ConnectWise order (lastUpdated, then id), whatever order they arrived in, and stores
    /// the resulting changes together with the new snapshots in one durable write. Returns the changes stored.
    /// </summary>
    public async Task<IReadOnlyList<TicketChange>> ApplyAsync(IReadOnlyCollection<TicketVersion> versions, CancellationToken ct)
    {
        if (versions.Count == 0)
        {
            return [];
        }

        await _gate.WaitAsync(ct);
        try
        {
            var observedAt = time.GetUtcNow();
            var ordered = versions.OrderBy(v => v.Snapshot.LastUpdated).ThenBy(v => v.Snapshot.Id).ToList();
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

                var diff = TicketDiff.Compute(current, version.Snapshot, version.Source, observedAt);
                if (diff.Count == 0)
                {
                    continue;
                }

                produced.AddRange(diff);
                held[id] = version.Snapshot;
                snapshots[id] = version.Snapshot;
            }

            // Two bulk commits per batch (each LiteDB commit is forced to disk). Changes first, snapshots second:
            // a crash in between repeats the same changes with the same keys, and the unique key keeps them single.
            return database.Write(() =>
            {
                var stored = changes.AddNew(produced);
                states.PutMany(snapshots.Values);
                return stored;
            });
        }
        finally
        {
            _gate.Release();
        }
    }

    public TicketSnapshot? Held(int ticketId) => states.Get(ticketId);

    public void Dispose() => _gate.Dispose();
}
