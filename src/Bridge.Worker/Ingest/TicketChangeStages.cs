using Bridge.Worker.Engine;

namespace Bridge.Worker.Ingest;

/// <summary>
/// One stage per <see cref="ITicketChangeHandler"/>, each over the change log from its own cursor (named after the
/// handler's type, as before the engine). A handler seen for the first time starts where the slowest known one is
/// (0 on a new state file), so a stage added later gets what is still undelivered, not the whole history.
/// </summary>
internal sealed class TicketChangeStages(IEnumerable<ITicketChangeHandler> handlers, TicketChangeInput input, StageCursorStore cursors, EngineServices services) : IStageSource, IDisposable
{
    private readonly Lazy<List<IStage>> _stages = new(() => Build(handlers.ToList(), input, cursors, services));

    public IEnumerable<IStage> Stages => _stages.Value;

    private static List<IStage> Build(List<ITicketChangeHandler> handlers, TicketChangeInput input, StageCursorStore cursors, EngineServices services)
    {
        var names = handlers.Select(NameOf).ToList();
        long Start() => names.Select(cursors.Get).Where(c => c is not null).Select(c => c!.Position).DefaultIfEmpty(0).Min();
        return handlers
            .Select(handler => (IStage)new Stage<TicketChange>(NameOf(handler), input, handler is IBatchedStageHandler<TicketChange> ? handler : new Adapter(handler), Start, Output(handler), services))
            .ToList();
    }

    private static string? Output(ITicketChangeHandler handler) => handler is IStageProducer producer ? producer.Output : null;

    private static string NameOf(ITicketChangeHandler handler) => handler.GetType().FullName ?? handler.GetType().Name;

    private sealed class Adapter(ITicketChangeHandler handler) : IStageHandler<TicketChange>
    {
        public Task HandleAsync(TicketChange item, CancellationToken cancellationToken) => handler.HandleAsync(item, cancellationToken);
    }

    public void Dispose()
    {
        if (_stages.IsValueCreated)
        {
            foreach (var stage in _stages.Value.OfType<IDisposable>())
            {
                stage.Dispose();
            }
        }
    }
}
