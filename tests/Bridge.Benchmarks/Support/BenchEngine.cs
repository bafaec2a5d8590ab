namespace Bridge.Benchmarks.Support;

/// <summary>The engines the worker can keep its state in, as <c>--storage</c> names them.</summary>
internal enum BenchEngine
{
    /// <summary>The LiteDB state file in the worker's configuration directory (the shipped default).</summary>
    LiteDb,

    /// <summary>A database on a private PostgreSQL cluster started for the run.</summary>
    Postgres,
}
