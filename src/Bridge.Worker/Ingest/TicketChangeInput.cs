using Bridge.Worker.Engine;

namespace Bridge.Worker.Ingest;

/// <summary>Ingest's output as the stages after it read it: the change log, by position.</summary>
internal sealed class TicketChangeInput(TicketChangeStore store) : IStageInput<TicketChange>
{
    public const string InputName = "ingest.changes";

    public string Name => InputName;

    public IReadOnlyList<StageItem<TicketChange>> After(long position, int limit) =>
        store.After(position, limit).Select(s => new StageItem<TicketChange>(s.Id, s.Change.TicketId, s.Change)).ToList();

    public int CountAfter(long position) => store.CountAfter(position);

    public string Describe(TicketChange item) => $"ticket {item.TicketId} {item.Kind} ({item.Key})";
}
