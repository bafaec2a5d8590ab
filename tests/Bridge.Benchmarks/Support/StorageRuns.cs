using Bridge.Benchmarks.Results;

namespace Bridge.Benchmarks.Support;

/// <summary>
/// Runs a benchmark once per engine <c>--storage</c> names, in order, with the same load. LiteDB alone (the default)
/// writes its rows as before; otherwise every row carries its engine (<c>… (postgres)</c>) and the rows of the
/// engines go to the results file side by side.
/// </summary>
internal static class StorageRuns
{
    public static async Task RunAsync(IReadOnlyList<BenchEngine> engines, ResultSink results, Func<BenchStorage, ResultSink, Task> measure)
    {
        if (engines is [BenchEngine.LiteDb])
        {
            using var storage = BenchStorage.Start(BenchEngine.LiteDb);
            await measure(storage, results);
            return;
        }

        var sinks = new List<ResultSink>();
        try
        {
            foreach (var engine in engines)
            {
                using var storage = BenchStorage.Start(engine);
                Console.WriteLine($"-- storage {storage.Name}: {storage.Describe}");
                var sink = results.ForEngine(storage.Name);
                sinks.Add(sink);
                await measure(storage, sink);
            }
        }
        finally
        {
            // What was measured is kept even when a later engine failed.
            results.WriteSideBySide(sinks);
        }
    }
}
