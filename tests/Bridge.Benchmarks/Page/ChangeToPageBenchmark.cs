using System.Diagnostics;
using System.Globalization;
using Bridge.Benchmarks.Results;
using Bridge.Benchmarks.Support;
using Bridge.Sandbox;

namespace Bridge.Benchmarks.Page;

/// <summary>
/// Issue #11 item 2. The worker process (shipped configuration, durable commits, system clock) with callbacks
/// registered in the sandbox, and a loopback webhook listener as every person's first contact. A P1 ticket for the
/// 24x7 client is created in the sandbox; the time is until its first page arrives at the listener. One ticket at
/// a time (the latency of one change, not of a queue). Then the same with the sandbox dropping every callback and
/// the bridge polling every <see cref="DroppedPollInterval"/>: the poll is then the only way in.
/// </summary>
internal static class ChangeToPageBenchmark
{
    public static readonly TimeSpan DroppedPollInterval = TimeSpan.FromSeconds(5); // the shortest Ingest:PollInterval the validator accepts
    private const double TargetP50Ms = 50;
    private const double TargetP99Ms = 250;
    private static readonly TimeSpan PageTimeout = TimeSpan.FromSeconds(30);

    /// <param name="storage">The engine the worker keeps its state in; a fresh store for each of the two measured runs.</param>
    public static async Task RunAsync(string worker, bool quick, BenchStorage storage, ResultSink results)
    {
        var tickets = quick ? 50 : 500;
        var dropped = quick ? 5 : 12;
        Console.WriteLine($"change → first page ({storage.Name}): {tickets} tickets with callbacks, {dropped} with callbacks dropped (poll every {DroppedPollInterval.TotalSeconds:F0} s), zone {PagingSettings.NightZone(DateTimeOffset.UtcNow)}, load {MachineState.LoadAverage()}");
        var withCallbacks = await MeasureAsync(worker, storage, tickets, dropCallbacks: false, breakdown: true);
        var p = new Percentiles(withCallbacks);
        results.Add($"page: change → first page, callbacks on ({withCallbacks.Count} tickets) p50 / p99 / max",
            $"p50 < {TargetP50Ms} ms, p99 < {TargetP99Ms} ms",
            string.Create(CultureInfo.InvariantCulture, $"{p.At(50):F0} / {p.At(99):F0} / {p.Max:F0} ms"),
            Verdict.Of(p.At(50) < TargetP50Ms && p.At(99) < TargetP99Ms));

        var withPolls = await MeasureAsync(worker, storage, dropped, dropCallbacks: true, breakdown: false);
        var q = new Percentiles(withPolls);
        results.Add($"page: change → first page, callbacks dropped ({withPolls.Count} tickets) p50 / max",
            $"≈ poll interval ({DroppedPollInterval.TotalSeconds:F0} s)",
            string.Create(CultureInfo.InvariantCulture, $"{q.At(50) / 1000:F2} / {q.Max / 1000:F2} s"),
            Verdict.Of(q.Max < DroppedPollInterval.TotalMilliseconds + TargetP99Ms));
    }

    /// <returns>Milliseconds from each ticket's creation to its first page.</returns>
    private static async Task<List<double>> MeasureAsync(string worker, BenchStorage storage, int tickets, bool dropCallbacks, bool breakdown)
    {
        // Its own listener each time: ticket ids start again in a new sandbox.
        await using var listener = await WebhookListener.StartAsync();
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var scratch = new ScratchDirectory(dropCallbacks ? "page-dropped" : "page");
        using var store = storage.CreateStore(scratch, dropCallbacks ? "page_dropped" : "page");
        var port = BridgeSettings.FreePort();
        var extra = PagingSettings.For(listener.Url, port, DateTimeOffset.UtcNow);
        extra["ConnectWise:Callbacks:Register"] = "true";
        if (dropCallbacks)
        {
            extra["Ingest:PollInterval"] = DroppedPollInterval.ToString("c", CultureInfo.InvariantCulture);
        }

        var created = new List<(int Ticket, DateTimeOffset At)>();
        var latencies = new List<double>();
        using (var process = await WorkerProcess.StartAsync(worker, scratch.Path, BridgeSettings.For(sandbox, port, extra), store.Environment))
        {
            await WaitForRegistrationAsync(sandbox);
            sandbox.Faults.DropCallbacks = dropCallbacks;
            // Warm-up, not reported: the first tickets pay for the JIT along the whole path.
            var warmUp = dropCallbacks ? 1 : 20;
            var random = new Random(11);
            var pauseBefore = GC.GetTotalPauseDuration();
            for (var i = -warmUp; i < tickets; i++)
            {
                if (dropCallbacks)
                {
                    // A random phase against the poll timer.
                    await Task.Delay(TimeSpan.FromMilliseconds(random.Next(0, (int)DroppedPollInterval.TotalMilliseconds)));
                }

                var at = DateTimeOffset.UtcNow;
                var start = Stopwatch.GetTimestamp();
                var ticket = sandbox.State.CreateTicket("NorthwindDental", $"DC{i + 100} not responding - nobody can log in", t => t.Priority(1).Type("Server").SubType("Outage"));
                var id = ticket["id"]!.GetValue<int>();
                var page = await listener.FirstPageFor(id).WaitAsync(PageTimeout);
                if (i >= 0)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(start, page.Timestamp).TotalMilliseconds);
                    created.Add((id, at));
                }
            }

            // The sandbox sending the callbacks and the listener live in this process: their GC pauses are in the figures.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  GC pauses in the benchmark process (sandbox, listener): {(GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds:F0} ms in all, load {MachineState.LoadAverage()}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {(dropCallbacks ? "callbacks dropped" : "callbacks on")}: {latencies.Count} pages, p50 {new Percentiles(latencies).At(50):F1} ms, p90 {new Percentiles(latencies).At(90):F1} ms, p99 {new Percentiles(latencies).At(99):F1} ms, max {new Percentiles(latencies).Max:F1} ms; worker CPU {process.CpuTime().TotalSeconds:F1} s, RSS {MachineState.Megabytes(process.RssBytes())}"));
            process.Crash();
        }

        if (breakdown)
        {
            PageStages.Print(scratch.Path, store, created, listener.Pages, sandbox.Callbacks.Attempts);
        }

        return latencies;
    }

    internal static async Task WaitForRegistrationAsync(SandboxServer sandbox)
    {
        var deadline = Stopwatch.StartNew();
        while (sandbox.State.CallbackRegistrations.Count == 0)
        {
            if (deadline.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException("The worker did not register its callback in 30 s.");
            }

            await Task.Delay(20);
        }
    }
}
