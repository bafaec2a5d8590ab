using Bridge.TestSupport;

namespace Bridge.Integration.Tests.Support;

/// <summary>
/// Which engine a test bridge keeps its state in. LiteDB unless the environment says <c>BRIDGE_TEST_STORAGE=PostgreSql</c>,
/// which runs every bridge a test starts on a fresh database of the run's own PostgreSQL server (to try the whole
/// suite on PostgreSQL); tests that are about PostgreSQL ask for it themselves with <see cref="PostgreSql"/>.
/// </summary>
internal static class TestStorage
{
    public static IReadOnlyDictionary<string, string?> Overrides(TempDirectory dir) =>
        string.Equals(Environment.GetEnvironmentVariable("BRIDGE_TEST_STORAGE"), "PostgreSql", StringComparison.OrdinalIgnoreCase)
            ? PostgreSql(dir)
            : new Dictionary<string, string?>();

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, PostgresDatabase> Databases = new(StringComparer.Ordinal);

    /// <summary>
    /// Settings for <paramref name="dir"/>'s own PostgreSQL database: made on first use, the same one when a test
    /// restarts a bridge on the same directory (the server and its databases go at the end of the run).
    /// </summary>
    public static IReadOnlyDictionary<string, string?> PostgreSql(TempDirectory dir)
    {
        var database = Databases.GetOrAdd(dir.Path, _ => PostgresServer.Shared.CreateDatabase("bridge"));
        return new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "PostgreSql",
            ["Storage:ConnectionString"] = database.ConnectionString,
        };
    }
}
