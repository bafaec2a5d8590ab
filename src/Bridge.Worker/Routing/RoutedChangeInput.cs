using Bridge.Worker.Engine;

namespace Bridge.Worker.Routing;

/// <summary>Routing's output as the escalation stage reads it.</summary>
internal sealed class RoutedChangeInput(RoutedChangeStore store) : IStageInput<RoutedChange>
{
    public const string InputName = "routing.routed";

    public string Name => InputName;

    public IReadOnlyList<StageItem<RoutedChange>> After(long position, int limit) =>
        store.After(position, limit).Select(r => new StageItem<RoutedChange>(r.Position, r.Routed.Change.TicketId, r.Routed)).ToList();

    public int CountAfter(long position) => store.CountAfter(position);

    public string Describe(RoutedChange item) => $"ticket {item.Change.TicketId} {item.Change.Kind} ({item.Change.Key})";
}
