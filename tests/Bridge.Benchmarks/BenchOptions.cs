using System.Globalization;
using Bridge.Benchmarks.Support;

namespace Bridge.Benchmarks;

/// <summary>
/// The command line: a verb, positional numbers, <c>--quick</c>, <c>--results FILE</c>, <c>--worker PATH</c>,
/// <c>--storage litedb|postgres|both</c>.
/// </summary>
internal sealed record BenchOptions(string Verb, IReadOnlyList<string> Positional, IReadOnlySet<string> Flags, string? ResultsFile, string? Worker, string Storage = "litedb")
{
    public const string Usage = """
        Usage: dotnet run -c Release --project tests/Bridge.Benchmarks -- VERB [options]
          deciders [--full]        routing, on-call and business-time deciders (BenchmarkDotNet, ns/op and B/op)
          ingest [--rates=A,B] [--keep] [--storage S]  signed callbacks at increasing rates against a worker process (req/s, p50/p99/max)
          poll                     requests and wall time per poll cycle, 0/20/500 changed in 1k/5k/20k backlogs
          footprint                start-to-ready time and idle RSS of the worker process
          hour [--keep]            RSS of the bridge after 1 h of a night's traffic on a clock ×60 (≈ 1.5 min; --quick: 15 min)
          storage [commits] [rounds]  what one durable LiteDB commit costs
          page [--storage S]       ticket created in the sandbox → first page at a loopback webhook (callbacks on; dropped, poll 5 s)
          ladders                  10,000 incidents on 5-minute repeats: idle cost, step skew, restart and timers rebuilt
          failover                 two workers on PostgreSQL, lease 10 s: ten kills of the holder → lease taken, next due page
          table FILE               print a results file as the table
        Options: --quick (smoke sizes), --results FILE (append rows for the table), --worker PATH (worker apphost or dll),
          --storage litedb|postgres|both (ingest, page: the worker's state engine, default litedb; postgres starts a
          private PostgreSQL cluster, a fresh database per measured run; both measures LiteDB, then PostgreSQL with the
          same load, rows tagged "(litedb)" / "(postgres)" side by side)
        """;

    public bool Quick => Flags.Contains("--quick");

    public bool Has(string flag) => Flags.Contains(flag);

    /// <summary><c>--rates=250,1000</c>: the ingest steps instead of the standard ones.</summary>
    public IReadOnlyList<int>? Rates => Flags.FirstOrDefault(f => f.StartsWith("--rates=", StringComparison.Ordinal)) is { } rates
        ? rates["--rates=".Length..].Split(',').Select(r => int.Parse(r, CultureInfo.InvariantCulture)).ToList()
        : null;

    /// <summary>The engines <c>--storage</c> asks for, in the order they are measured; null when the value is not one of them.</summary>
    public IReadOnlyList<BenchEngine>? Engines => Storage.ToLowerInvariant() switch
    {
        "litedb" => [BenchEngine.LiteDb],
        "postgres" or "postgresql" => [BenchEngine.Postgres],
        "both" => [BenchEngine.LiteDb, BenchEngine.Postgres],
        _ => null,
    };

    public int Number(int index, int fallback) =>
        Positional.Count > index ? int.Parse(Positional[index], CultureInfo.InvariantCulture) : fallback;

    public static BenchOptions Parse(string[] args)
    {
        var positional = new List<string>();
        var flags = new HashSet<string>(StringComparer.Ordinal);
        string? results = null;
        string? worker = null;
        var storage = "litedb";
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--results" when i + 1 < args.Length:
                    results = Path.GetFullPath(args[++i]);
                    break;
                case "--worker" when i + 1 < args.Length:
                    worker = Path.GetFullPath(args[++i]);
                    break;
                case "--storage" when i + 1 < args.Length:
                    storage = args[++i];
                    break;
                case var flag when flag.StartsWith("--storage=", StringComparison.Ordinal):
                    storage = flag["--storage=".Length..];
                    break;
                case var flag when flag.StartsWith("--", StringComparison.Ordinal):
                    flags.Add(flag);
                    break;
                default:
                    positional.Add(args[i]);
                    break;
            }
        }

        return new BenchOptions(args.FirstOrDefault() ?? "", positional, flags, results, worker, storage);
    }
}
