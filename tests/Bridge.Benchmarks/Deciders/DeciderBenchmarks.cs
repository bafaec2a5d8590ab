using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Bridge.Benchmarks.Results;

namespace Bridge.Benchmarks.Deciders;

/// <summary>
/// Runs the decider micro-benchmarks with BenchmarkDotNet and reports ns/op and bytes allocated per op. In-process
/// (no generated project to build), with a short job so that the whole suite fits in the run script's budget;
/// <c>deciders --full</c> uses BenchmarkDotNet's default job for a careful comparison.
/// </summary>
internal static class DeciderBenchmarks
{
    private static readonly Type[] Suites = [typeof(RoutingDecisionBenchmarks), typeof(OnCallResolutionBenchmarks), typeof(BusinessTimeBenchmarks)];

    public static void Run(bool quick, bool full, ResultSink results)
    {
        var job = full
            ? Job.Default
            : Job.Default.WithWarmupCount(quick ? 1 : 3).WithIterationCount(quick ? 3 : 8).WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(quick ? 100 : 250));
        var config = ManualConfig.CreateEmpty()
            .AddJob(job.WithToolchain(InProcessEmitToolchain.Instance))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddLogger(ConsoleLogger.Default)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "bridge-bench", "BenchmarkDotNet.Artifacts"));
        foreach (var summary in BenchmarkRunner.Run(Suites, config))
        {
            foreach (var report in summary.Reports)
            {
                results.Add(report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\''), "— (watch for regressions)", Describe(report), Verdict.Recorded);
            }
        }
    }

    private static string Describe(BenchmarkReport report)
    {
        if (report.ResultStatistics is not { } statistics)
        {
            return "failed (see the BenchmarkDotNet log above)";
        }

        var bytes = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
        var time = statistics.Mean >= 10_000
            ? (statistics.Mean / 1000).ToString("N1", CultureInfo.InvariantCulture) + " µs/op"
            : statistics.Mean.ToString("N0", CultureInfo.InvariantCulture) + " ns/op";
        return $"{time}, {(bytes ?? 0).ToString("N0", CultureInfo.InvariantCulture)} B/op";
    }
}
