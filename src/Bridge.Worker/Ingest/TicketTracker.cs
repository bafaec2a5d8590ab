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
            return database.Write(() =>
            {
                var stored = new List<TicketChange>();
                foreach (var version in ordered)
                {
                    var diff = TicketDiff.Compute(states.Get(version.Snapshot.Id), version.Snapshot, version.Source, observedAt);
                    if (diff.Count == 0)
                    {
                        continue;
                    }

                    // Changes first, snapshot second: a crash in between repeats the same changes with the same
                    // keys on the next try, and the unique key keeps them single.
                    stored.AddRange(changes.AddNew(diff));
                    states.Put(version.Snapshot);
                }

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
