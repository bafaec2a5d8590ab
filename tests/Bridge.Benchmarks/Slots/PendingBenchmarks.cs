using Bridge.Benchmarks.Results;

namespace Bridge.Benchmarks.Slots;

/// <summary>
/// Figures issue #11 asks for that no benchmark measures yet: their rows go in the table as not measured, so the
/// table always shows every figure. To fill one, add a benchmark in its own folder and delete its row here.
/// </summary>
internal static class PendingBenchmarks
{
    /// <summary>Item 6's last figure: RSS after an hour of traffic driven on a fake clock (time-driven ladders).</summary>
    public static void SimulatedHour(ResultSink results)
    {
        Console.WriteLine("RSS after 1 h of simulated traffic: not built yet (needs the in-process host on a fake clock)");
        results.Add("footprint: RSS after 1 h simulated traffic", "< 120 MB", "not measured", "pending");
    }
}
