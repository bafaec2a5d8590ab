using Bridge.TestSupport;

namespace Bridge.Benchmarks.Support;

/// <summary>
/// One engine for a benchmark run: LiteDB, or a private PostgreSQL cluster (commits as durable as LiteDB's: fsync on)
/// started for the run and removed after it. Each measured run gets a fresh store from <see cref="CreateStore"/>.
/// </summary>
internal sealed class BenchStorage : IDisposable
{
    private readonly PostgresServer? _server;

    private BenchStorage(BenchEngine engine, PostgresServer? server)
    {
        Engine = engine;
        _server = server;
    }

    public BenchEngine Engine { get; }

    /// <summary>The engine's name in results rows and output: <c>litedb</c>, <c>postgres</c>.</summary>
    public string Name => Engine == BenchEngine.Postgres ? "postgres" : "litedb";

    /// <summary>For people: the state file, or the PostgreSQL server and its version directory.</summary>
    public string Describe => _server is null
        ? "LiteDB state file (durable commits)"
        : $"PostgreSQL {Path.GetFileName(Path.GetDirectoryName(_server.BinDirectory))} private cluster on 127.0.0.1:{_server.Port} (fsync on)";

    public static BenchStorage Start(BenchEngine engine) =>
        new(engine, engine == BenchEngine.Postgres ? PostgresServer.StartNew(durable: true) : null);

    /// <summary>A fresh store for one measured run of a worker whose configuration directory is <paramref name="scratch"/>.</summary>
    public BenchStore CreateStore(ScratchDirectory scratch, string purpose) =>
        _server is null ? BenchStore.ForFile(scratch.DatabasePath) : BenchStore.ForDatabase(_server.CreateDatabase(purpose));

    public void Dispose() => _server?.Dispose();
}
