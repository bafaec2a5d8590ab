using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text.Json;

namespace Bridge.Worker.Telemetry;

/// <summary>
/// The bridge's own instruments, on the meter <see cref="MeterName"/> (names and units after the OpenTelemetry
/// conventions; <c>/metrics</c> shows them in Prometheus form, README "Metrics" lists them). Each stage records at
/// one seam; the gauges a store answers (open incidents, outbox depth) are <see cref="BridgeGauge"/>s its capability
/// registers, read by a count query at each scrape.
/// </summary>
internal sealed class BridgeMetrics
{
    public const string MeterName = "Bridge";

    private readonly TimeProvider _time;
    private readonly Counter<long> _callbacksReceived;
    private readonly Counter<long> _callbacksRefused;
    private readonly Histogram<double> _pollDuration;
    private readonly Counter<long> _decisions;
    private readonly Counter<long> _pages;
    private readonly Histogram<double> _firstPage;
    private readonly Histogram<double> _timeToAcknowledge;
    private static readonly ConcurrentDictionary<Enum, string> Values = new();
    private long _lastPollTicks = -1;

    public BridgeMetrics(IMeterFactory meters, TimeProvider time, IEnumerable<BridgeGauge> gauges)
    {
        _time = time;
        var meter = meters.Create(MeterName);
        _callbacksReceived = meter.CreateCounter<long>("bridge.callbacks.received", "{callback}", "ConnectWise callbacks answered, by HTTP status.");
        _callbacksRefused = meter.CreateCounter<long>("bridge.callbacks.refused", "{callback}", "ConnectWise callbacks refused (not stored), by HTTP status.");
        _pollDuration = meter.CreateHistogram("bridge.poll.duration", "s", "How long one poll cycle over every board took.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120] });
        meter.CreateObservableGauge("bridge.poll.lag", ObservePollLag, "s", "Time since the last poll cycle that read every board.");
        _decisions = meter.CreateCounter<long>("bridge.routing.decisions", "{decision}", "Routing decisions recorded, by disposition.");
        _pages = meter.CreateCounter<long>("bridge.pages", "{page}", "Contact attempts of pages, by channel and result.");
        _firstPage = meter.CreateHistogram("bridge.page.first_latency", "s", "From an incident's opening (the change that needs someone) to its first page accepted by a channel.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600, 1800] });
        _timeToAcknowledge = meter.CreateHistogram("bridge.incident.time_to_acknowledge", "s", "From an incident's opening to its acknowledgement.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400, 28800] });
        foreach (var gauge in gauges)
        {
            meter.CreateObservableGauge(gauge.Name, gauge.Observe, gauge.Unit, gauge.Description);
        }
    }

    /// <summary>A callback was answered: every answer counts as received, every answer but 200 as refused.</summary>
    public void CallbackAnswered(int statusCode)
    {
        var status = new KeyValuePair<string, object?>("http.response.status_code", statusCode);
        _callbacksReceived.Add(1, status);
        if (statusCode != StatusCodes.Status200OK)
        {
            _callbacksRefused.Add(1, status);
        }
    }

    /// <summary>
    /// A poll cycle ended. A board whose read failed is logged and skipped and the cycle still ends, but only a cycle
    /// that read every board resets the lag: while ConnectWise is down the lag grows.
    /// </summary>
    public void PollCompleted(TimeSpan duration, bool succeeded)
    {
        _pollDuration.Record(duration.TotalSeconds);
        if (succeeded)
        {
            Interlocked.Exchange(ref _lastPollTicks, _time.GetUtcNow().UtcTicks);
        }
    }

    public void Routed(string disposition) =>
        _decisions.Add(1, new KeyValuePair<string, object?>("disposition", disposition));

    /// <summary>One contact method of one page was tried (or passed over); <paramref name="result"/> says how it went.</summary>
    public void PageAttempted(string channel, string result) =>
        _pages.Add(1, new KeyValuePair<string, object?>("channel", channel), new KeyValuePair<string, object?>("result", result));

    public void FirstPageSent(TimeSpan sinceOpened) => _firstPage.Record(Math.Max(0, sinceOpened.TotalSeconds));

    public void Acknowledged(TimeSpan sinceOpened) => _timeToAcknowledge.Record(Math.Max(0, sinceOpened.TotalSeconds));

    /// <summary>An enum member as an attribute value, the OpenTelemetry way: <c>PageNow</c> → <c>page_now</c>.</summary>
    public static string Value(Enum value) => Values.GetOrAdd(value, v => JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString()));

    private IEnumerable<Measurement<double>> ObservePollLag()
    {
        var last = Interlocked.Read(ref _lastPollTicks);
        return last < 0 ? [] : [new Measurement<double>(Math.Max(0, (_time.GetUtcNow().UtcTicks - last) / (double)TimeSpan.TicksPerSecond))];
    }
}
