using System.Diagnostics;
using Bridge.Worker.Ingest;

namespace Bridge.Integration.Tests.Support;

/// <summary>A next stage that remembers every change it was handed, and when (monotonic clock).</summary>
public sealed class RecordingChangeHandler : ITicketChangeHandler
{
    private readonly Lock _gate = new();
    private readonly List<(TicketChange Change, long At)> _seen = [];

    public IReadOnlyList<TicketChange> Changes
    {
        get { lock (_gate) { return _seen.Select(s => s.Change).ToList(); } }
    }

    public IReadOnlyList<TicketChange> For(int ticketId) => Changes.Where(c => c.TicketId == ticketId).ToList();

    public Task HandleAsync(TicketChange change, CancellationToken ct)
    {
        lock (_gate)
        {
            _seen.Add((change, Stopwatch.GetTimestamp()));
        }

        return Task.CompletedTask;
    }

    /// <summary>Waits (polling, up to <paramref name="timeout"/>) for a matching change; returns it and the timestamp it arrived.</summary>
    public async Task<(TicketChange Change, long At)> WaitForAsync(Func<TicketChange, bool> predicate, TimeSpan? timeout = null)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)((timeout ?? TimeSpan.FromSeconds(10)).TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            lock (_gate)
            {
                var hit = _seen.FirstOrDefault(s => predicate(s.Change));
                if (hit.Change is not null)
                {
                    return hit;
                }
            }

            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException("No matching ticket change arrived. Seen: " + string.Join("; ", Changes.Select(c => $"{c.TicketId} {c.Kind} {c.Source}")));
            }

            await Task.Delay(10);
        }
    }
}
