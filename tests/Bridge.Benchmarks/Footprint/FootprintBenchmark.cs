using System.Globalization;
using Bridge.Benchmarks.Results;
using Bridge.Benchmarks.Support;
using Bridge.Sandbox;

namespace Bridge.Benchmarks.Footprint;

/// <summary>
/// Issue #11 item 6 (the parts that need no escalation engine): the worker process started as the systemd unit
/// starts it, on a fresh state file with the shipped configuration. Start-to-ready is from process start to the
/// first 200 of <c>/health/ready</c>; idle RSS is read from <c>/proc</c> after it has sat idle for a while.
/// The median of several starts is reported. RSS after an hour of traffic is <see cref="SimulatedHourBenchmark"/>.
/// </summary>
internal static class FootprintBenchmark
{
    private static readonly TimeSpan TargetReady = TimeSpan.FromSeconds(3);
    private const long TargetRss = 120L * 1024 * 1024;

    public static async Task RunAsync(string worker, bool quick, ResultSink results)
    {
        var starts = quick ? 1 : 3;
        var idle = TimeSpan.FromSeconds(quick ? 3 : 10);
        Console.WriteLine($"footprint: {starts} start(s) of {worker}, idle {idle.TotalSeconds:F0} s each, load {MachineState.LoadAverage()}");
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        var ready = new List<TimeSpan>();
        var rss = new List<long>();
        for (var i = 0; i < starts; i++)
        {
            using var scratch = new ScratchDirectory("footprint");
            using var process = await WorkerProcess.StartAsync(worker, scratch.Path, BridgeSettings.For(sandbox, BridgeSettings.FreePort()));
            await Task.Delay(idle);
            ready.Add(process.StartToReady);
            rss.Add(process.RssBytes());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  start {i + 1}: ready after {process.StartToReady.TotalMilliseconds:F0} ms, RSS {MachineState.Megabytes(rss[^1])} idle "
                + $"(anonymous {MachineState.Megabytes(process.RssAnonBytes())}, mapped files {MachineState.Megabytes(process.RssFileBytes())}, JIT code {MachineState.Megabytes(process.RssShmemBytes())}, peak {MachineState.Megabytes(process.PeakRssBytes())})"));
        }

        ready.Sort();
        rss.Sort();
        var medianReady = ready[ready.Count / 2];
        var medianRss = rss[rss.Count / 2];
        results.Add("footprint: start to ready (worker process)", $"< {TargetReady.TotalSeconds:F0} s",
            string.Create(CultureInfo.InvariantCulture, $"{medianReady.TotalSeconds:F2} s (median of {starts})"), Verdict.Of(medianReady < TargetReady));
        results.Add($"footprint: idle RSS after start ({idle.TotalSeconds:F0} s idle)", "< 120 MB",
            $"{MachineState.Megabytes(medianRss)} (median of {starts})", Verdict.Of(medianRss < TargetRss));
    }
}
