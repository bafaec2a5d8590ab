using System.Text.RegularExpressions;
using Bridge.Integration.Tests.Support;
using Bridge.TestSupport;
using Bridge.Worker.Cli;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Storage;
using Bridge.Worker.Storage.LiteDb;
using Bridge.Worker.Storage.PostgreSql;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Bridge.Integration.Tests.Storage;

/// <summary>
/// <c>bridge storage copy --to postgres</c> against the run's own PostgreSQL server: a LiteDB install stopped mid-ladder
/// carries on from PostgreSQL with nothing missed or repeated; a running service and a non-empty target are refused;
/// the counts printed are both sides' and the password is never printed.
/// </summary>
public sealed partial class StorageCopyTests : NightAtNorthwind, IDisposable
{
    private const string Farah = "+15550206";
    private const string Gabriel = "+15550207";
    private static readonly Dictionary<string, string?> OnLiteDb = new() { ["Storage:Provider"] = "LiteDb" };
    private readonly PostgresDatabase _database = PostgresServer.Shared.CreateDatabase("copy");

    [Fact]
    public async Task StorageCopy_OpenP1MidLadder_PostgresBridgeContinuesEachNextStepOnce()
    {
        int port;
        await using (var first = await EscalationBridge.StartAsync(Sandbox, Dir, Clock, Sms, extra: OnLiteDb))
        {
            port = first.Host.Port;
            await EscalationBridge.DriveUntilAsync(Clock, () => To(Dana) == 1, "the first page to the on-call technician");
            await EscalationBridge.DriveToAsync(Clock, T0.AddMinutes(6));
            Assert.Equal(2, To(Dana));
        }

        var (exit, output, error) = await CopyAsync();
        Assert.True(exit == 0, error + output);
        Assert.Matches(@"(?m)^\s+incidents: [1-9]\d* copied\r?$", output);

        Clock.Advance(T0.AddMinutes(7) - Clock.GetUtcNow());
        await using var second = await EscalationBridge.StartAsync(Sandbox, Dir, Clock, Sms, extra: OnPostgres(), port: port);
        Assert.False(second.Host.App.Services.GetRequiredService<BridgeDatabase>().IsFile);
        await EscalationBridge.DriveToAsync(Clock, T0.AddMinutes(9));
        Assert.Equal(2, To(Dana));
        await EscalationBridge.DriveToAsync(Clock, T0.AddMinutes(21));

        // On-call repeats at 10, 15 and 20; the dispatcher at 15; the service manager at 20: each once, none from before again.
        Assert.Equal((5, 1, 1), (To(Dana), To(Farah), To(Gabriel)));
        var ladder = second.Lines(EscalationBridge.DcDownTicket)
            .Where(e => e.Kind == TimelineKind.StepStarted && e.Policy == "p1-unassigned")
            .Select(e => $"{e.Step}.{e.Repeat}")
            .ToList();
        Assert.Equal(["1.0", "1.1", "1.2", "1.3", "1.4", "2.0", "3.0"], ladder.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task StorageCopy_ServiceRunning_RefusedSayingStopTheServiceAndNothingWritten()
    {
        await using var running = await IngestHost.StartAsync(Sandbox, Dir, extra: OnLiteDb);

        var (exit, output, error) = await CopyAsync();

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("stop the service first", error, StringComparison.Ordinal);
        Assert.Contains(".lock", error, StringComparison.Ordinal);
        Assert.Equal(0, BridgeTables());
    }

    [Fact]
    public async Task StorageCopy_TargetNotEmpty_RefusedUnchangedWithoutReplace_CopiedWithReplace()
    {
        SandboxConfig.WriteFor(Dir, Sandbox);
        WriteState(("incidents", 3), ("cursors", 2));
        Assert.Equal(0, (await CopyAsync()).Exit);
        var before = TargetCounts();
        WriteState(("incidents", 4), ("audit", 5));

        var (refusedExit, refusedOutput, refused) = await CopyAsync();

        Assert.Equal(1, refusedExit);
        Assert.Equal("", refusedOutput);
        Assert.Contains("holds 5 of the bridge's documents already", refused, StringComparison.Ordinal);
        Assert.Contains("--replace", refused, StringComparison.Ordinal);
        Assert.Equal(before, TargetCounts());

        var (exit, output, error) = await CopyAsync("--replace");

        Assert.True(exit == 0, error);
        Assert.Equal(new Dictionary<string, int> { ["audit"] = 5, ["cursors"] = 2, ["incidents"] = 7 }, TargetCounts());
        Assert.Contains("Total: 14 documents in 3 collections.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StorageCopy_RealState_EachCollectionPrintedWithEqualCountsAndNoPassword()
    {
        await using (var _ = await EscalationBridge.StartAsync(Sandbox, Dir, Clock, Sms, extra: OnLiteDb))
        {
            await EscalationBridge.DriveUntilAsync(Clock, () => To(Dana) == 1, "the first page to the on-call technician");
        }

        // The target from the configuration (as the environment would give it), not the command line.
        var (exit, output, error) = await RunAsync("storage", "copy", "--to", "postgres", $"--Storage:ConnectionString={_database.ConnectionString}");

        Assert.True(exit == 0, error);
        var printed = CopiedLine().Matches(output).ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        var source = SourceCounts();
        Assert.Equal(source, printed);
        Assert.Equal(source.Where(c => c.Value > 0).ToDictionary(), TargetCounts());
        Assert.All(new[] { "incidents", "incident_timeline", "delivery_pages", "ingest_watermarks", "service_runs" }, name => Assert.True(source[name] > 0, name));
        Assert.Contains("ingest_inbox (inbox)", source.Keys);
        Assert.Contains($"Total: {source.Values.Sum()} documents in {source.Count} collections.", output, StringComparison.Ordinal);
        var password = new NpgsqlConnectionStringBuilder(_database.ConnectionString).Password!;
        Assert.DoesNotContain(password, output + error, StringComparison.Ordinal);
    }

    private Dictionary<string, string?> OnPostgres() => new()
    {
        ["Storage:Provider"] = "PostgreSql",
        ["Storage:ConnectionString"] = _database.ConnectionString,
    };

    private Task<(int Exit, string Output, string Error)> CopyAsync(params string[] more) =>
        RunAsync(["storage", "copy", "--to", "postgres", "--connection-string", _database.ConnectionString, .. more]);

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await BridgeCli.RunAsync([.. args, "--config", Dir.Path], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private string StatePath => Path.Combine(Dir.Path, "data", "bridge.db");

    /// <summary>Adds documents to the state file's collections (numbered ids, as the bridge's stores have).</summary>
    private void WriteState(params (string Collection, int Count)[] collections)
    {
        using var engine = new LiteDbEngine(StatePath, durable: false, TimeProvider.System, NullLogger.Instance);
        engine.Write(() =>
        {
            foreach (var (name, count) in collections)
            {
                var raw = engine.RawCollection(name);
                var first = raw.Count() + 1;
                raw.InsertBulk(Enumerable.Range(first, count).Select(i => new BsonDocument { ["_id"] = i, ["n"] = i }));
            }

            return true;
        }, forceToDisk: false);
    }

    /// <summary>Documents per collection in the state file and its inbox file, labelled as the command prints them.</summary>
    private Dictionary<string, int> SourceCounts()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (path, store) in new[] { (StatePath, "main"), (BridgeDatabase.InboxPathFor(StatePath), BridgeDatabase.InboxKey) }.Where(s => File.Exists(s.Item1)))
        {
            using var engine = new LiteDbEngine(path, durable: false, TimeProvider.System, NullLogger.Instance);
            foreach (var name in engine.CollectionNames().Where(n => !n.StartsWith('$')))
            {
                counts[CollectionCopy.LabelOf(store, name)] = engine.RawCollection(name).Count();
            }
        }

        return counts;
    }

    /// <summary>Documents per collection in the target's two stores.</summary>
    private Dictionary<string, int> TargetCounts()
    {
        using var connection = new PostgresConnection(_database.ConnectionString);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var store in new[] { "main", BridgeDatabase.InboxKey })
        {
            using var engine = new PostgresEngine(connection.Source, store, connection.Describe);
            foreach (var name in engine.CollectionNames())
            {
                counts[CollectionCopy.LabelOf(store, name)] = engine.RawCollection(name, BsonType.String).Count();
            }
        }

        return counts;
    }

    /// <summary>The bridge's tables in the target database (its schema table included).</summary>
    private int BridgeTables()
    {
        using var connection = new NpgsqlConnection(_database.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 'bridge%'", connection);
        return (int)(long)command.ExecuteScalar()!;
    }

    [GeneratedRegex(@"^\s+(.+): (\d+) copied\r?$", RegexOptions.Multiline)]
    private static partial Regex CopiedLine();

    public void Dispose() => _database.Dispose();
}
