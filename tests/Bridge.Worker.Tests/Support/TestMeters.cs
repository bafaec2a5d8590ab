using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Bridge.Worker.Telemetry;

namespace Bridge.Worker.Tests.Support;

/// <summary>
/// A meter factory of the test's own (or a host's), and what was recorded on its meters: only that factory's
/// instruments are listened to, so tests running side by side do not see each other's measurements.
/// </summary>
internal sealed class TestMeters : IMeterFactory
{
    private readonly List<Meter> _meters = [];
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Instrument, double Value, KeyValuePair<string, object?>[] Tags)> _recorded = new();

    /// <summary>Listens to the meters this factory makes, or to those of <paramref name="factory"/> (a host's).</summary>
    public TestMeters(IMeterFactory? factory = null)
    {
        var scope = factory ?? this;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, scope))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => _recorded.Enqueue((instrument.Name, value, tags.ToArray())));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => _recorded.Enqueue((instrument.Name, value, tags.ToArray())));
        _listener.Start();
    }

    /// <summary>The bridge's metrics on this factory, with no store gauges.</summary>
    public BridgeMetrics Bridge(TimeProvider? time = null) => new(this, time ?? TimeProvider.System, []);

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(options.Name, options.Version, options.Tags, this);
        lock (_meters)
        {
            _meters.Add(meter);
        }

        return meter;
    }

    /// <summary>The sum of what <paramref name="instrument"/> recorded with every one of <paramref name="tags"/>.</summary>
    public double Sum(string instrument, params (string Key, object Value)[] tags) =>
        _recorded.Where(r => r.Instrument == instrument && tags.All(t => r.Tags.Any(x => x.Key == t.Key && Equals(x.Value, t.Value)))).Sum(r => r.Value);

    /// <summary>The values <paramref name="instrument"/> recorded, in order.</summary>
    public IReadOnlyList<double> Values(string instrument) => _recorded.Where(r => r.Instrument == instrument).Select(r => r.Value).ToList();

    /// <summary>Reads every observable instrument now (as a scrape would).</summary>
    public void Observe() => _listener.RecordObservableInstruments();

    public void Dispose()
    {
        _listener.Dispose();
        lock (_meters)
        {
            _meters.ForEach(m => m.Dispose());
        }
    }
}
