namespace Bridge.Worker.Ingest;

/// <summary>
/// Hands stored changes to every <see cref="ITicketChangeHandler"/>, oldest first, and records who has them.
/// A handler that throws keeps its place: it gets that change again on the next pass, and no later change
/// before it, so each handler sees changes in order.
/// </summary>
internal sealed class ChangeDispatcher(TicketChangeStore store, IEnumerable<ITicketChangeHandler> handlers, ILogger<ChangeDispatcher> logger) : IDisposable
{
    private const int BatchSize = 500;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly IReadOnlyList<ITicketChangeHandler> _handlers = handlers.ToList();

    public async Task DispatchPendingAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var failed = new HashSet<string>(StringComparer.Ordinal);
            while (true)
            {
                var batch = store.Undelivered(BatchSize);
                if (batch.Count == 0)
                {
                    return;
                }

                var updates = new List<(long Id, IReadOnlyCollection<string> HandledBy, bool Delivered)>();
                foreach (var pending in batch)
                {
                    var handled = new HashSet<string>(pending.HandledBy, StringComparer.Ordinal);
                    foreach (var handler in _handlers)
                    {
                        var name = NameOf(handler);
                        if (handled.Contains(name) || failed.Contains(name))
                        {
                            continue;
                        }

                        try
                        {
                            await handler.HandleAsync(pending.Change, ct);
                            handled.Add(name);
                        }
                        catch (Exception ex) when (ex is not OperationCanceledException)
                        {
                            failed.Add(name);
                            IngestLog.HandlerFailed(logger, name, pending.Change.TicketId, pending.Change.Kind, ex);
                        }
                    }

                    updates.Add((pending.Id, handled, _handlers.All(h => handled.Contains(NameOf(h)))));
                }

                // One durable write per batch: a crash before it hands the batch over again (at-least-once).
                store.MarkHandled(updates);
                if (failed.Count > 0 || batch.Count < BatchSize)
                {
                    return;
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private static string NameOf(ITicketChangeHandler handler) => handler.GetType().FullName ?? handler.GetType().Name;

    public void Dispose() => _gate.Dispose();
}
