using System.Diagnostics.Metrics;

namespace Bridge.Worker.Telemetry;

/// <summary>
/// A gauge a capability answers from its store (open incidents, outbox depth), registered as a service and put on
/// the bridge's meter by <see cref="BridgeMetrics"/>. <see cref="Observe"/> runs at every scrape: a count query, never
/// a read of every record.
/// </summary>
internal sealed record BridgeGauge(string Name, string Unit, string Description, Func<IEnumerable<Measurement<long>>> Observe)
{
    /// <summary>One measurement per state, with the state as the <c>state</c> attribute (<c>page_now</c> style).</summary>
    public static BridgeGauge ByState<TState>(string name, string unit, string description, IReadOnlyList<TState> states, Func<TState, long> count)
        where TState : struct, Enum =>
        new(name, unit, description, () => states
            .Select(state => new Measurement<long>(count(state), new KeyValuePair<string, object?>("state", BridgeMetrics.Value(state))))
            .ToList());
}
