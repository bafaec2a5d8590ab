using System.Diagnostics;
using System.Globalization;
using Bridge.Benchmarks.Page;
using Bridge.Benchmarks.Results;
using Bridge.Benchmarks.Support;
using Bridge.Sandbox;
using Bridge.Worker.Demo;

namespace Bridge.Benchmarks.Footprint;

/// <summary>
/// Issue #11 item 6, its last figure: the bridge's RSS after an hour of a night's traffic. Time-driven: the sandbox,
/// this driver and the bridge share one <see cref="DemoClock"/> running ×<see cref="Speed"/>, so the hour (every
/// poll, sweep, ladder repeat and write-back retry on the bridge's clock) takes half a minute of real time. The bridge
/// runs in its own process (<see cref="BridgeOnClock"/>: shipped configuration, durable commits, callbacks
/// registered, write-back on, server GC), so its RSS is measured alone. The night is <see cref="NightPlan"/>; pages
/// go to a loopback webhook. Measured from <c>/proc</c>: RSS after start and an idle spell, at the end of the hour,
/// after a further idle spell, and the peak.
/// </summary>
/// <remarks>
/// What the clock cannot shorten runs in real time: the GC (driven by allocation, which is the hour's), socket and
/// HttpClient timeouts, and the idle connection and Kestrel keep-alive clean-ups, which get a minute where a real
/// hour would give them sixty. Memory they hold is kept longer here than in a real hour: the figure errs high.
/// </remarks>
internal static class SimulatedHourBenchmark
{
    public const double Speed = 120;
    private const long TargetRss = 120L * 1024 * 1024;
    private const int Seed = 6;

    /// <summary>Tuesday 24 Nov 2026 06:00Z: 01:00 in the Etc/GMT+5 zone <see cref="PagingSettings"/> picks for it, a weeknight in the on-call schedule's coverage.</summary>
    private static readonly DateTimeOffset NightStart = new(2026, 11, 24, 6, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Quarter = TimeSpan.FromMinutes(15);

    public static async Task RunAsync(bool quick, bool keep, ResultSink results)
    {
        var length = TimeSpan.FromMinutes(quick ? 15 : 60);
        var idle = TimeSpan.FromSeconds(quick ? 5 : 15);
        var afterIdle = TimeSpan.FromSeconds(quick ? 5 : 15);
        var plan = NightPlan.Make(length, Seed);
        var real = Stopwatch.StartNew();
        var (shared, clock) = SharedClock.StartAt(NightStart, Speed);
        await using var listener = await WebhookListener.StartAsync();
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = clock });
        foreach (var seeded in sandbox.State.Tickets)
        {
            // The sample's open tickets would page before the traffic starts; the night brings its own.
            sandbox.State.DeleteTicket(seeded["id"]!.GetValue<int>());
        }

        using var scratch = new ScratchDirectory("hour", keep);
        var port = BridgeSettings.FreePort();
        var settings = BridgeSettings.For(sandbox, port, Settings(shared, listener.Url, port));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"simulated night: {Label(length)} of traffic on a clock ×{Speed} from {NightStart:yyyy-MM-dd HH:mm}Z (01:00 in {settings["Routing:TimeZone"]}), {plan.Tickets.Count} tickets, {plan.Emergencies} of them P1s that page, load {MachineState.LoadAverage()}"));

        using var bridge = await WorkerProcess.StartAsync(BridgeOnClock.CommandLine(shared, scratch.Path, settings), scratch.Path, new Uri(settings["Urls"]! + "/"), BridgeOnClock.Environment);
        await ChangeToPageBenchmark.WaitForRegistrationAsync(sandbox);
        await Task.Delay(idle);
        var startRss = Print($"start: ready after {bridge.StartToReady.TotalSeconds:F2} s, then {idle.TotalSeconds:F0} s idle", bridge);

        var driver = new NightDriver(sandbox, listener, clock);
        var trafficStart = clock.GetUtcNow();
        var cpuBefore = bridge.CpuTime();
        var trafficReal = Stopwatch.StartNew();
        await Task.WhenAll(driver.RunAsync(plan, trafficStart), ReportQuartersAsync(clock, trafficStart, length, driver, listener, bridge));
        var trafficCpu = bridge.CpuTime() - cpuBefore;
        trafficReal.Stop();
        var endRss = bridge.RssBytes();
        var peak = bridge.PeakRssBytes();
        var pages = listener.Pages;
        await Task.Delay(afterIdle);
        var idleRss = Print($"after {afterIdle.TotalSeconds:F0} s more idle ({clock.ToDemo(afterIdle).TotalMinutes:F0} simulated min: unacknowledged ladders go on)", bridge);
        var totalCpu = bridge.CpuTime();
        bridge.Crash();

        var repeats = pages.Count(p => p.Repeat > 0);
        var incidents = pages.Select(p => p.IncidentId).Distinct().Count();
        var lag = new Percentiles(pages.Where(p => p.SentAt is not null).Select(p => (shared.At(p.ReceivedAt) - p.SentAt!.Value).TotalSeconds));
        var unplanned = pages.Select(p => p.TicketId).Distinct().Count(id => driver.TicketFor(id) is not { Pages: true });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  traffic: {driver.Created} tickets, {driver.Changed} changed in the sandbox, {incidents} incidents paged, {pages.Count} pages in the {Label(length)} ({repeats} repeats, {pages.Count(p => p.Step > 1)} from later steps), {driver.Acknowledged} acknowledged from the page (of {plan.Events.Count(e => e.Action == NightAction.Acknowledge)} planned){(unplanned > 0 ? $"; {unplanned} tickets paged that the plan does not page for" : "")}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  clocks: a page's sentAt (the bridge's clock) to its arrival (this process's clock) p50 {lag.At(50):F1}, min {lag.At(0):F1}, max {lag.Max:F1} simulated s (×{Speed}: a negative one would mean the two clocks disagree)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  sandbox: {sandbox.Requests.Count()} API requests ({sandbox.Requests.Count("POST", "/notes")} notes, {sandbox.Requests.Count("POST", "time/entries")} time entries, {sandbox.Requests.Count("PATCH", "service/tickets")} ticket patches), {sandbox.Callbacks.Count(a => a.Succeeded)} callbacks delivered, {sandbox.Callbacks.Count(a => !a.Succeeded)} not"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  bridge CPU {trafficCpu.TotalSeconds:F1} s over the {trafficReal.Elapsed.TotalSeconds:F0} s of traffic ({trafficCpu / trafficReal.Elapsed * 100:F0} % of a core), {totalCpu.TotalSeconds:F1} s in all; {real.Elapsed.TotalSeconds:F0} s real in all, load {MachineState.LoadAverage()}"));
        foreach (var problem in driver.Problems)
        {
            Console.WriteLine($"  driver: {problem}");
        }

        PrintLog(scratch.Path, keep);
        var trafficSeen = driver.Created == plan.Tickets.Count && pages.Count > 0 && repeats > 0 && driver.Acknowledged > 0;
        results.Add($"footprint: RSS after {Label(length)} simulated traffic", "< 120 MB",
            string.Create(CultureInfo.InvariantCulture,
                $"{MachineState.Megabytes(endRss)} (peak {MachineState.Megabytes(peak)}, {MachineState.Megabytes(idleRss)} after idle; {driver.Created} tickets, {pages.Count} pages, {driver.Acknowledged} acks){(trafficSeen ? "" : "; the traffic did not flow as planned")}"),
            Verdict.Of(endRss < TargetRss && trafficSeen));
        results.Add($"footprint: RSS of the same host at start ({idle.TotalSeconds:F0} s idle, before the traffic)", "— (record)", MachineState.Megabytes(startRss), Verdict.Recorded);
    }

    /// <summary>Paging to the webhook at night, callbacks registered, and the timeouts on the bridge's clock lengthened back to real seconds.</summary>
    private static Dictionary<string, string?> Settings(SharedClock clock, Uri webhook, int port)
    {
        var settings = PagingSettings.For(webhook, port, NightStart);
        settings["ConnectWise:Callbacks:Register"] = "true";
        settings["ConnectWise:Resilience:AttemptTimeout"] = clock.Lasting(TimeSpan.FromSeconds(20), TimeSpan.FromMinutes(5));
        settings["ConnectWise:Resilience:TotalTimeout"] = clock.Lasting(TimeSpan.FromSeconds(90), TimeSpan.FromMinutes(30));
        settings["ConnectWise:Callbacks:KeyFetchTimeout"] = clock.Lasting(TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(30));
        settings["Channels:Webhook:Timeout"] = clock.Lasting(TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(2));
        return settings;
    }

    /// <summary>A line every simulated quarter hour, so that growth shows while it happens.</summary>
    private static async Task ReportQuartersAsync(DemoClock clock, DateTimeOffset start, TimeSpan length, NightDriver driver, WebhookListener listener, WorkerProcess bridge)
    {
        for (var at = Quarter; at <= length; at += Quarter)
        {
            await NightDriver.UntilAsync(clock, start + at);
            Print($"+{at.TotalMinutes:F0} min: {driver.Created} tickets, {listener.Count} pages, {driver.Acknowledged} acks", bridge);
        }
    }

    private static long Print(string stage, WorkerProcess bridge)
    {
        var rss = bridge.RssBytes();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {stage}: RSS {MachineState.Megabytes(rss)} (anonymous {MachineState.Megabytes(bridge.RssAnonBytes())}, mapped files {MachineState.Megabytes(bridge.RssFileBytes())}, JIT code {MachineState.Megabytes(bridge.RssShmemBytes())}, peak {MachineState.Megabytes(bridge.PeakRssBytes())})"));
        return rss;
    }

    /// <summary>The warnings and errors the bridge logged, counted by message (their variable parts are in the log).</summary>
    private static void PrintLog(string configDirectory, bool keep)
    {
        foreach (var level in new[] { "WRN", "ERR", "FTL" })
        {
            var lines = WorkerLog.AtLevel(configDirectory, level);
            Console.WriteLine($"  bridge log: {lines.Count} {level} line(s){(keep ? $" ({Path.Combine(configDirectory, "worker.log")})" : "")}");
            foreach (var group in lines.GroupBy(l => l.Length > 90 ? l[..90] : l).OrderByDescending(g => g.Count()).Take(5))
            {
                Console.WriteLine($"    {group.Count()} × {group.Key}");
            }
        }
    }

    private static string Label(TimeSpan length) => length.TotalMinutes >= 60 ? $"{length.TotalHours:F0} h" : $"{length.TotalMinutes:F0} min";
}
