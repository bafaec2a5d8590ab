using Bridge.Benchmarks.Results;

namespace Bridge.Benchmarks.Slots;

/// <summary>
/// Issue #11 items 2 and 4 need the escalation engine (#6) and its notifications. Until it lands these verbs put
/// their rows in the table as not measured, so the table always shows every figure the issue asks for.
/// To fill a slot: add <c>Page/ChangeToPageBenchmark.cs</c> or <c>Ladders/LadderScaleBenchmark.cs</c> (the
/// sandbox, <see cref="Support.WorkerProcess"/> and <see cref="Support.InProcessBridge"/> are ready to use), point
/// the verb in Program.cs at it, and delete its rows here.
/// </summary>
internal static class PendingBenchmarks
{
    private const string NeedsEngine = "escalation engine (#6)";

    /// <summary>Item 2: a ticket created in the sandbox (callbacks on) to the first page at a loopback webhook channel.</summary>
    public static void ChangeToPage(ResultSink results)
    {
        Console.WriteLine($"change → first page: not built yet, needs the {NeedsEngine}");
        results.Add("page: change → first page, callbacks on (500 tickets)", "p50 < 50 ms, p99 < 250 ms", "not measured", Verdict.Pending("#6"));
        results.Add("page: change → first page, callbacks dropped", "≈ poll interval", "not measured", Verdict.Pending("#6"));
    }

    /// <summary>Item 4: 10,000 concurrent incidents with 5-minute repeats, idle cost between steps, restart and rehydrate.</summary>
    public static void LaddersAtScale(ResultSink results)
    {
        Console.WriteLine($"ladders at scale: not built yet, needs the {NeedsEngine}");
        results.Add("ladders: step skew p50/p99/max (10,000 incidents)", "p99 < 1 s", "not measured", Verdict.Pending("#6"));
        results.Add("ladders: idle CPU and memory between steps", "—", "not measured", Verdict.Pending("#6"));
        results.Add("ladders: restart, rehydrate all timers", "< 5 s", "not measured", Verdict.Pending("#6"));
        results.Add("footprint: RSS after 1 h simulated traffic", "< 120 MB", "not measured", Verdict.Pending("#6"));
    }
}
