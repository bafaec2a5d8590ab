using System.Diagnostics;
using System.Globalization;
using Bridge.Benchmarks.Results;
using Bridge.Benchmarks.Support;
using Bridge.Sandbox;

namespace Bridge.Benchmarks.Ladders;

/// <summary>
/// Issue #11 item 4. 10,000 open incidents (1,000 with --quick) on a one-step ladder repeating every 5 minutes
/// (<see cref="LadderStateFile.Policy"/>), written straight into a fresh state file, their next repeats spread
/// evenly over one repeat period: the steady state of 10,000 incidents on 5-minute repeats, about 33 pages a
/// second. The worker process (shipped configuration, durable commits, write-back on, system clock) then runs
/// them through its real alarm, engine and dispatcher to a loopback webhook listener. Measured: CPU and RSS while
/// idle before the first repeat is due (10,000 timers armed), step skew (page at the listener − due instant) for
/// every repeat due in the observation window, and a restart on the same state file (SIGKILL, new process): from
/// process start to "Escalation timers rebuilt from storage" in its log, and to ready.
/// </summary>
internal static class LadderScaleBenchmark
{
    private const double TargetSkewP99Ms = 1000;
    private static readonly TimeSpan TargetRehydrate = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    public static async Task RunAsync(string worker, bool quick, ResultSink results)
    {
        var count = quick ? 1_000 : 10_000;
        var idleWindow = TimeSpan.FromSeconds(quick ? 5 : 25);
        var observe = TimeSpan.FromSeconds(quick ? 30 : 150);
        var lead = TimeSpan.FromSeconds(quick ? 20 : 45);
        Console.WriteLine($"ladders at scale: {count:N0} incidents, repeats every {LadderStateFile.RepeatEvery.TotalMinutes:F0} min spread over one period, observed {observe.TotalSeconds:F0} s, load {MachineState.LoadAverage()}");

        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        await using var listener = await WebhookListener.StartAsync();
        using var scratch = new ScratchDirectory("ladders");
        var tickets = sandbox.State.CreateTickets(count, (i, t) => t.Board("Alerts").Priority(1).Summary($"Server {i} not responding"));
        var firstDue = DateTimeOffset.UtcNow + lead;
        var due = LadderStateFile.Write(scratch.DatabasePath, tickets, firstDue);
        Console.WriteLine($"  {count:N0} incidents written; first repeat due {firstDue:HH:mm:ss}Z, last {due.Values.Max():HH:mm:ss}Z");

        var port = BridgeSettings.FreePort();
        var settings = BridgeSettings.For(sandbox, port, LadderStateFile.Settings(listener.Url, port));
        using (var first = await StartAsync(worker, scratch, settings, "first start"))
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            var cpuBefore = first.CpuTime();
            var clock = Stopwatch.StartNew();
            await Task.Delay(idleWindow);
            var idleCpu = (first.CpuTime() - cpuBefore) / clock.Elapsed;
            var idleRss = first.RssBytes();
            var idleOk = DateTimeOffset.UtcNow < firstDue;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  idle {clock.Elapsed.TotalSeconds:F0} s with {count:N0} timers armed: CPU {idleCpu * 100:F2} % of a core, RSS {MachineState.Megabytes(idleRss)} (anonymous {MachineState.Megabytes(first.RssAnonBytes())}){(idleOk ? "" : " — a repeat fell due during the window")}"));
            results.Add($"ladders: idle between steps ({count:N0} incidents armed, {idleWindow.TotalSeconds:F0} s)", "— (record)",
                string.Create(CultureInfo.InvariantCulture, $"CPU {idleCpu * 100:F2} % of a core, RSS {MachineState.Megabytes(idleRss)}"), idleOk ? Verdict.Recorded : Verdict.Misses);

            var end = firstDue + observe;
            var cpuAtFirst = TimeSpan.Zero;
            await Task.Delay(Max(firstDue - DateTimeOffset.UtcNow, TimeSpan.Zero));
            cpuAtFirst = first.CpuTime();
            await Task.Delay(Max(end + Grace - DateTimeOffset.UtcNow, TimeSpan.Zero));
            var busyCpu = (first.CpuTime() - cpuAtFirst) / (observe + Grace);
            ReportSkew(due, end, listener.Pages, busyCpu, first, results);
            first.Crash();
        }

        using var second = await StartAsync(worker, scratch, settings, "restart");
        var rebuilt = WorkerLog.TimersRebuilt(scratch.Path, second.StartedAt);
        results.Add($"ladders: restart, {count:N0} timers rebuilt (process start → startup done / ready)", $"< {TargetRehydrate.TotalSeconds:F0} s",
            string.Create(CultureInfo.InvariantCulture, $"{rebuilt.Elapsed.TotalSeconds:F2} s / {second.StartToReady.TotalSeconds:F2} s ({rebuilt.Timers:N0} timers)"),
            Verdict.Of(rebuilt.Elapsed < TargetRehydrate && rebuilt.Timers > 0));
    }

    private static async Task<WorkerProcess> StartAsync(string worker, ScratchDirectory scratch, IReadOnlyDictionary<string, string?> settings, string what)
    {
        var process = await WorkerProcess.StartAsync(worker, scratch.Path, settings);
        var rebuilt = WorkerLog.TimersRebuilt(scratch.Path, process.StartedAt);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {what}: timers rebuilt {rebuilt.Elapsed.TotalSeconds:F2} s after process start ({rebuilt.Timers:N0} timers), ready after {process.StartToReady.TotalSeconds:F2} s"));
        return process;
    }

    private static void ReportSkew(IReadOnlyDictionary<int, DateTimeOffset> due, DateTimeOffset end, IReadOnlyList<ReceivedPage> pages, double busyCpu, WorkerProcess worker, ResultSink results)
    {
        var expected = due.Where(d => d.Value <= end).Select(d => d.Key).ToHashSet();
        var first = pages.Where(p => p.Repeat == 1 && expected.Contains(p.IncidentId))
            .GroupBy(p => p.IncidentId).ToDictionary(g => g.Key, g => g.Min(p => p.ReceivedAt));
        var skews = new Percentiles(first.Select(f => (f.Value - due[f.Key]).TotalMilliseconds));
        var missing = expected.Count - first.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {first.Count:N0} of {expected.Count:N0} repeats due in the window paged ({pages.Count:N0} pages in all); skew p50 {skews.At(50):F0} ms, p90 {skews.At(90):F0} ms, p99 {skews.At(99):F0} ms, max {skews.Max:F0} ms; worker CPU {busyCpu * 100:F0} % of a core while paging, RSS {MachineState.Megabytes(worker.RssBytes())} (peak {MachineState.Megabytes(worker.PeakRssBytes())})"));
        results.Add($"ladders: step skew p50 / p99 / max ({expected.Count:N0} repeats due, {due.Count:N0} incidents)", $"p99 < {TargetSkewP99Ms / 1000:F0} s",
            string.Create(CultureInfo.InvariantCulture, $"{skews.At(50):F0} / {skews.At(99):F0} / {skews.Max:F0} ms{(missing > 0 ? $", {missing:N0} not paged" : "")}"),
            Verdict.Of(skews.At(99) < TargetSkewP99Ms && missing == 0));
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
