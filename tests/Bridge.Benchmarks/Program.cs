using Bridge.Benchmarks;
using Bridge.Benchmarks.Deciders;
using Bridge.Benchmarks.Failover;
using Bridge.Benchmarks.Footprint;
using Bridge.Benchmarks.Ingest;
using Bridge.Benchmarks.Ladders;
using Bridge.Benchmarks.Page;
using Bridge.Benchmarks.Poll;
using Bridge.Benchmarks.Results;
using Bridge.Benchmarks.Storage;
using Bridge.Benchmarks.Support;

var options = BenchOptions.Parse(args);
if (options.Engines is not { } engines)
{
    Console.Error.WriteLine($"--storage {options.Storage}: not litedb, postgres or both.");
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

var results = new ResultSink(options.ResultsFile);
switch (options.Verb)
{
    case "storage":
        StorageCommitBenchmark.Run(options.Number(0, 1000), options.Number(1, 5), results);
        return 0;
    case "deciders":
        DeciderBenchmarks.Run(options.Quick, options.Has("--full"), results);
        return 0;
    case "ingest":
        await StorageRuns.RunAsync(engines, results, (storage, sink) =>
            CallbackLoadBenchmark.RunAsync(options.Worker ?? RepoLayout.DefaultWorker, options.Quick, options.Rates, options.Has("--keep"), storage, sink));
        return 0;
    case "poll":
        await PollCostBenchmark.RunAsync(options.Quick, results);
        return 0;
    case "footprint":
        await FootprintBenchmark.RunAsync(options.Worker ?? RepoLayout.DefaultWorker, options.Quick, results);
        return 0;
    case "hour":
        await SimulatedHourBenchmark.RunAsync(options.Quick, options.Has("--keep"), results);
        return 0;
    case BridgeOnClock.Verb:
        return await BridgeOnClock.RunAsync(args[1..]);
    case "page":
        await StorageRuns.RunAsync(engines, results, (storage, sink) =>
            ChangeToPageBenchmark.RunAsync(options.Worker ?? RepoLayout.DefaultWorker, options.Quick, storage, sink));
        return 0;
    case "ladders":
        await LadderScaleBenchmark.RunAsync(options.Worker ?? RepoLayout.DefaultWorker, options.Quick, results);
        return 0;
    case "failover":
        await FailoverBenchmark.RunAsync(options.Worker, options.Quick, results);
        return 0;
    case "table":
        ResultTable.Print((options.Positional.Count > 0 ? options.Positional[0] : null) ?? options.ResultsFile ?? "results.tsv", Console.Out);
        return 0;
    default:
        Console.Error.WriteLine(BenchOptions.Usage);
        return 2;
}
