namespace Bridge.Worker.Ingest;

/// <summary>
/// When to give memory back after a callback burst: once the process has allocated a lot since the last trim and
/// callbacks have slowed to a trickle. The GC on its own keeps the heap it grew for a burst (RSS stayed 75–200 MB above
/// idle a minute after the ingest benchmark's burst, docs/benchmarks.md issue #17); a service that is idle most of the
/// night should not, and a full collection while callbacks pour in would pause their answers.
/// </summary>
internal sealed record HeapTrimPolicy(long BurstBytes, int QuietCallbacks)
{
    public static HeapTrimPolicy Default { get; } = new(BurstBytes: 64L * 1024 * 1024, QuietCallbacks: 20);

    /// <param name="allocatedSinceTrim">Bytes allocated since the last trim (or the start).</param>
    /// <param name="callbacksLastInterval">Callbacks stored during the last check interval.</param>
    public bool ShouldTrim(long allocatedSinceTrim, long callbacksLastInterval) =>
        allocatedSinceTrim >= BurstBytes && callbacksLastInterval <= QuietCallbacks;
}
