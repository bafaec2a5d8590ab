using Bridge.Benchmarks;
using Bridge.Benchmarks.Deciders;
using Bridge.Benchmarks.Ingest;
using Bridge.Benchmarks.Results;
using Bridge.Benchmarks.Storage;
using Bridge.Benchmarks.Support;

var options = BenchOptions.Parse(args);
var results = new ResultSink(options.ResultsFile);
switch (options.Verb)
{
    case "storage":
        StorageCommitBenchmark.Run(options.Number(0, 1000), options.Number(1, 5));
        return 0;
    case "deciders":
        DeciderBenchmarks.Run(options.Quick, options.Has("--full"), results);
        return 0;
    case "ingest":
        await CallbackLoadBenchmark.RunAsync(options.Worker ?? RepoLayout.DefaultWorker, options.Quick, options.Rates, options.Has("--keep"), results);
        return 0;
    case "table":
        ResultTable.Print((options.Positional.Count > 0 ? options.Positional[0] : null) ?? options.ResultsFile ?? "results.tsv", Console.Out);
        return 0;
    default:
        Console.Error.WriteLine(BenchOptions.Usage);
        return 2;
}
