using System.Diagnostics;
using Bridge.Benchmarks.Results;
using Bridge.Worker.Kernel;
using Bridge.Worker.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bridge.Benchmarks.Storage;

/// <summary>
/// What a durable commit costs: N small records written through the bridge's storage, once with
/// commits forced to disk and once without. The cost is the disk's fsync latency, so it is
/// measured as wall time per commit over many commits rather than with a micro-benchmark harness.
/// </summary>
internal static class StorageCommitBenchmark
{
    public static void Run(int commits, int rounds, ResultSink results)
    {
        Console.WriteLine($"storage commit cost: {commits} commits per round, {rounds} rounds, {Environment.ProcessorCount} cores, {Environment.OSVersion}");
        foreach (var durable in new[] { false, true })
        {
            var perCommit = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                perCommit.Add(MeasureRound(commits, durable));
            }

            perCommit.Sort();
            Console.WriteLine($"  durable={durable,-5}  median {perCommit[perCommit.Count / 2]:F3} ms/commit  (min {perCommit[0]:F3}, max {perCommit[^1]:F3})");
            results.Add(durable ? "storage: one durable commit (bridge default)" : "storage: one commit, not forced to disk", "— (context)",
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{perCommit[perCommit.Count / 2]:F3} ms (median of {rounds})"), Verdict.Recorded);
        }
    }

    private static double MeasureRound(int commits, bool durable)
    {
        var directory = Path.Combine(Path.GetTempPath(), "bridge-bench", Guid.NewGuid().ToString("N"));
        try
        {
            using var database = new BridgeDatabase(
                Options.Create(new StorageOptions { Path = "bench.db", DurableCommits = durable }),
                new BridgeEnvironment(directory), TimeProvider.System, NullLogger<BridgeDatabase>.Instance);
            var runs = new ServiceRunRepository(database);
            runs.RecordStart(TimeProvider.System.GetUtcNow(), "warmup", "bench");
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < commits; i++)
            {
                runs.RecordStart(TimeProvider.System.GetUtcNow(), "bench", "bench");
            }

            return clock.Elapsed.TotalMilliseconds / commits;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
