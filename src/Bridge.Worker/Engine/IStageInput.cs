namespace Bridge.Worker.Engine;

/// <summary>
/// The stored output of one stage, read by the next through its cursor: positions only grow, and an item once
/// stored never changes, so "everything after position p" is a complete description of what is still to do.
/// </summary>
internal interface IStageInput<T>
{
    /// <summary>The name producers wake readers with (<see cref="StageWakeups.Notify"/>).</summary>
    string Name { get; }

    /// <summary>Up to <paramref name="limit"/> items after <paramref name="position"/>, oldest first.</summary>
    IReadOnlyList<StageItem<T>> After(long position, int limit);

    /// <summary>How many items lie after <paramref name="position"/>.</summary>
    int CountAfter(long position);

    /// <summary>A short description of an item for the parked list ("ticket 42 StatusChanged").</summary>
    string Describe(T item);
}
