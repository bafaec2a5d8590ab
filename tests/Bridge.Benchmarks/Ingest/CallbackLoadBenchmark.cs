using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Bridge.Benchmarks.Results;
using Bridge.Benchmarks.Support;
using Bridge.Sandbox;
using Bridge.Worker.Ingest;

namespace Bridge.Benchmarks.Ingest;

/// <summary>
/// Issue #11 item 1. A worker process on loopback (shipped configuration, durable commits) and the sandbox as its
/// ConnectWise; signed ticket callbacks are posted open-loop at increasing rates, each step for a fixed time.
/// Latency is from send to answer. Afterwards the worker is killed with SIGKILL and its state is opened (the LiteDB
/// file, or the PostgreSQL database with <c>--storage postgres</c>): every callback answered 200 must be in the
/// inbox, or persist-before-200 was not kept.
/// </summary>
internal static class CallbackLoadBenchmark
{
    private const int TicketPool = 200;
    private const int MaxOutstanding = 128;
    private const int TargetRate = 2000;
    private const double TargetP99Ms = 50;
    private const long SettleMargin = 50L * 1024 * 1024;
    private static readonly TimeSpan IdleBeforeLoad = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan SettleAfterLoad = TimeSpan.FromSeconds(60);

    /// <param name="rates">Offered rates, one step each; null: the standard steps.</param>
    /// <param name="keep">Keep the worker's directory (configuration, state file, worker.log) for a look afterwards.</param>
    /// <param name="storage">The engine the worker keeps its state in; a fresh store for this run.</param>
    public static async Task RunAsync(string worker, bool quick, IReadOnlyList<int>? rates, bool keep, BenchStorage storage, ResultSink results)
    {
        rates ??= quick ? [250, 1000, 2000] : [250, 500, 1000, 2000, 3000, 4000];
        var stepTime = TimeSpan.FromSeconds(quick ? 3 : 10);
        Console.WriteLine($"callback ingest ({storage.Name}): steps {string.Join(", ", rates)}/s × {stepTime.TotalSeconds:F0} s, {Environment.ProcessorCount} cores, load {MachineState.LoadAverage()}");

        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        var template = await CallbackTemplate.CaptureAsync(sandbox, TicketPool);
        using var scratch = new ScratchDirectory("ingest", keep);
        using var store = storage.CreateStore(scratch, "ingest");
        var port = BridgeSettings.FreePort();
        using var process = await WorkerProcess.StartAsync(worker, scratch.Path, BridgeSettings.For(sandbox, port), store.Environment);
        Console.WriteLine($"  worker pid {process.Id}, directory {scratch.Path}");
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = MaxOutstanding, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = process.BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };

        // Issue #17: the process should come back near its idle size within a minute of the burst.
        await Task.Delay(quick ? TimeSpan.FromSeconds(3) : IdleBeforeLoad);
        var idleRss = process.RssBytes();
        Console.WriteLine($"  worker RSS idle before the load {MachineState.Megabytes(idleRss)}");
        var stored = new ConcurrentBag<string>();
        long sequence = 0;
        // Warm-up, not reported: the signing key fetch, and tiered JIT reaching its optimised code (right after
        // start a fifth of the worker's CPU is the JIT recompiling hot methods, which a running service no longer pays).
        var warmUp = quick ? 1_000 : 3_000;
        await RunStepAsync(http, process, Prepare(template, ref sequence, warmUp), 500, stored);
        var steps = new List<StepResult>();
        foreach (var rate in rates)
        {
            var callbacks = Prepare(template, ref sequence, (int)(rate * stepTime.TotalSeconds));
            await Task.Delay(TimeSpan.FromSeconds(2)); // let the inbox processor catch up with the last step
            var step = await RunStepAsync(http, process, callbacks, rate, stored);
            Console.WriteLine("  " + step.Describe());
            steps.Add(step);
            if (step.AchievedRate < rate * 0.5)
            {
                break; // far past saturation: higher rates say nothing new
            }
        }

        var rss = process.RssBytes();
        Console.WriteLine($"  worker RSS after the load {MachineState.Megabytes(rss)} (anonymous {MachineState.Megabytes(process.RssAnonBytes())}, mapped files {MachineState.Megabytes(process.RssFileBytes())}, JIT code {MachineState.Megabytes(process.RssShmemBytes())})");
        var settle = quick ? TimeSpan.FromSeconds(10) : SettleAfterLoad;
        await Task.Delay(settle);
        var settled = process.RssBytes();
        Console.WriteLine($"  worker RSS {settle.TotalSeconds:F0} s after the load {MachineState.Megabytes(settled)} (anonymous {MachineState.Megabytes(process.RssAnonBytes())}, mapped files {MachineState.Megabytes(process.RssFileBytes())}, JIT code {MachineState.Megabytes(process.RssShmemBytes())})");
        process.Crash();
        var missing = CountMissing(store, stored);
        Report(steps, stored.Count, missing, rss, results);
        results.Add($"ingest: worker RSS idle before the load / after it / +{settle.TotalSeconds:F0} s", $"+{settle.TotalSeconds:F0} s within 50 MB of idle",
            $"{MachineState.Megabytes(idleRss)} / {MachineState.Megabytes(rss)} / {MachineState.Megabytes(settled)}", Verdict.Of(settled - idleRss <= SettleMargin));
    }

    private static List<PreparedCallback> Prepare(CallbackTemplate template, ref long sequence, int count)
    {
        var callbacks = new List<PreparedCallback>(count);
        for (var i = 0; i < count; i++)
        {
            callbacks.Add(template.Build(sequence++));
        }

        return callbacks;
    }

    /// <summary>
    /// Sends callback i at start + i/rate whatever the answers do (open loop), at most <see cref="MaxOutstanding"/>
    /// in flight; when the worker falls behind, the driver waits and the step's achieved rate shows it.
    /// </summary>
    private static async Task<StepResult> RunStepAsync(HttpClient http, WorkerProcess process, List<PreparedCallback> callbacks, int rate, ConcurrentBag<string> stored)
    {
        var latencies = new double[callbacks.Count];
        var statuses = new int[callbacks.Count];
        var tasks = new List<Task>(callbacks.Count);
        using var slots = new SemaphoreSlim(MaxOutstanding);
        var cpuBefore = process.CpuTime();
        var start = Stopwatch.GetTimestamp();
        var next = 0;
        while (next < callbacks.Count)
        {
            var due = (long)(Stopwatch.GetElapsedTime(start).TotalSeconds * rate) + 1;
            for (; next < callbacks.Count && next < due; next++)
            {
                await slots.WaitAsync();
                tasks.Add(SendAsync(http, callbacks[next], next, latencies, statuses, slots, stored));
            }

            await Task.Delay(1);
        }

        await Task.WhenAll(tasks);
        var elapsed = Stopwatch.GetElapsedTime(start);
        return new StepResult(
            rate,
            callbacks.Count,
            statuses.Count(s => s == 200),
            statuses.Count(s => s == 429),
            statuses.Where(s => s is not 200 and not 429).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count()),
            elapsed,
            new Percentiles(latencies),
            process.CpuTime() - cpuBefore);
    }

    private static async Task SendAsync(HttpClient http, PreparedCallback callback, int index, double[] latencies, int[] statuses, SemaphoreSlim slots, ConcurrentBag<string> stored)
    {
        var sent = Stopwatch.GetTimestamp();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"callbacks/connectwise/{BridgeSettings.CallbackSecret}?recordId={callback.TicketId}&action=updated");
            request.Content = new ByteArrayContent(callback.Body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.TryAddWithoutValidation(Bridge.Connectors.ConnectWise.Callbacks.CallbackSignature.HeaderName, callback.Signature);
            using var response = await http.SendAsync(request);
            statuses[index] = (int)response.StatusCode;
            if (response.StatusCode == HttpStatusCode.OK)
            {
                stored.Add(callback.MessageId);
            }
        }
        catch (HttpRequestException)
        {
            statuses[index] = -1;
        }
        catch (TaskCanceledException)
        {
            statuses[index] = -2;
        }
        finally
        {
            latencies[index] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
            slots.Release();
        }
    }

    /// <summary>Opens the killed worker's inbox (LiteDB replays its log) and counts 200s whose callback is not there.</summary>
    private static int CountMissing(BenchStore store, IEnumerable<string> answered)
    {
        using var database = store.OpenInbox(durable: true);
        var held = database.Collection<InboxEntry>(CallbackInbox.CollectionName).Query().Select(e => e.DedupKey).ToList().ToHashSet(StringComparer.Ordinal);
        return answered.Count(id => !held.Contains(id));
    }

    private static void Report(List<StepResult> steps, int answered, int missing, long rss, ResultSink results)
    {
        var sustained = steps.Where(s => s.Sustained).Select(s => (int?)s.OfferedRate).Max() ?? 0;
        var best = steps.Max(s => s.AchievedRate);
        results.Add("ingest: sustained callbacks/s (persist-before-200)", $"≥ {TargetRate:N0}/s",
            string.Create(CultureInfo.InvariantCulture, $"{sustained:N0}/s sustained (best step {best:N0}/s)"), Verdict.Of(sustained >= TargetRate));
        var atTarget = steps.FirstOrDefault(s => s.OfferedRate == TargetRate) ?? steps[^1];
        results.Add($"ingest: latency at {atTarget.OfferedRate:N0}/s offered p50 / p99 / max", $"p99 < {TargetP99Ms} ms",
            string.Create(CultureInfo.InvariantCulture, $"{atTarget.Latency.At(50):F1} / {atTarget.Latency.At(99):F1} / {atTarget.Latency.Max:F0} ms"),
            Verdict.Of(atTarget.Latency.At(99) < TargetP99Ms && atTarget.Sustained));
        results.Add("ingest: answered 200 and on disk after SIGKILL", "all",
            string.Create(CultureInfo.InvariantCulture, $"{answered - missing:N0} of {answered:N0}"), Verdict.Of(missing == 0));
        results.Add("footprint: RSS after the ingest load", "< 120 MB", MachineState.Megabytes(rss), Verdict.Of(rss < 120L * 1024 * 1024));
    }
}
