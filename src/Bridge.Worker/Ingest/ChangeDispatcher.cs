namespace Bridge.Worker.Ingest;

/// <summary>
/// Hands stored changes to every <see cref="ITicketChangeHandler"/>, oldest first, each from its own cursor.
/// A handler that throws keeps its place and gets that change again on the next pass, never a later one
/// before it. The cursor moves after a batch (one commit), so a crash hands the batch over again: handlers
/// see each change at least once, and can drop repeats by <see cref="TicketChange.Key"/>. A handler seen for
/// the first time starts where the slowest known one is (0 on a new state file), so a stage added later gets
/// what is still undelivered, not the whole history.
/// </summary>
internal sealed class ChangeDispatcher(TicketChangeStore store, HandlerCursorStore cursors, IEnumerable<ITicketChangeHandler> handlers, ILogger<ChangeDispatcher> logger) : IDisposable
{
    private const int BatchSize = 500;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly List<ITicketChangeHandler> _handlers = handlers.ToList();

    public async Task DispatchPendingAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            // Read every cursor before any moves, so a handler seen for the first time starts where the others were.
            var known = _handlers.Select(h => (Handler: h, Cursor: cursors.Get(NameOf(h)))).ToList();
            var start = known.Where(k => k.Cursor is not null).Select(k => k.Cursor).Min() ?? 0;
            foreach (var (handler, cursor) in known)
            {
                if (cursor is null)
                {
                    cursors.Set(NameOf(handler), start);
                }

                await DispatchAsync(handler, cursor ?? start, ct);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Changes some handler has not taken yet.</summary>
    public int CountUndelivered() => _handlers.Count == 0 ? 0 : _handlers.Max(h => store.CountAfter(cursors.Get(NameOf(h)) ?? 0));

    private async Task DispatchAsync(ITicketChangeHandler handler, long cursor, CancellationToken ct)
    {
        var name = NameOf(handler);
        while (true)
        {
            var batch = store.After(cursor, BatchSize);
            if (batch.Count == 0)
            {
                return;
            }

            var failed = false;
            var reached = cursor;
            foreach (var stored in batch)
            {
                try
                {
                    await handler.HandleAsync(stored.Change, ct);
                    reached = stored.Id;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    IngestLog.HandlerFailed(logger, name, stored.Change.TicketId, stored.Change.Kind, ex);
                    failed = true;
                    break;
                }
            }

            if (reached != cursor)
            {
                cursors.Set(name, reached);
                cursor = reached;
            }

            if (failed || batch.Count < BatchSize)
            {
                return;
            }
        }
    }

    private static string NameOf(ITicketChangeHandler handler) => handler.GetType().FullName ?? handler.GetType().Name;

    public void Dispose() => _gate.Dispose();
}
