using System.Diagnostics;
using System.Globalization;
using Bridge.Benchmarks.Results;
using Bridge.Benchmarks.Support;
using Bridge.Sandbox;
using Bridge.TestSupport;
using BridgeProcess = Bridge.Integration.Tests.Support.WorkerProcess;

namespace Bridge.Benchmarks.Failover;

/// <summary>
/// Issue #16. Two worker processes on one PostgreSQL database (a throwaway cluster), the shipped configuration with
/// the default lease time (10 s), every person paged through a loopback webhook. Ten times: the lease holder is
/// killed (SIGKILL, so the lease is not given up) and at that instant a P1 ticket is created in the sandbox, its
/// first page due at once. Measured from the kill: until the other instance says on <c>/health/ready</c> that it
/// holds the lease, and until that ticket's page arrives (the standby serves no page: only the new holder can send
/// it). The killed instance is then started again as the standby, with a new instance name.
/// </summary>
internal static class FailoverBenchmark
{
    public const int Kills = 10;
    private static readonly TimeSpan LeaseTime = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static async Task RunAsync(string? worker, bool quick, ResultSink results)
    {
        var kills = quick ? 3 : Kills;
        await using var listener = await WebhookListener.StartAsync();
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions());
        using var server = PostgresServer.StartNew();
        using var database = server.CreateDatabase("failover");
        using var first = new ScratchDirectory("failover-a");
        using var second = new ScratchDirectory("failover-b");
        Console.WriteLine($"failover: {kills} kills of the lease holder, lease {LeaseTime.TotalSeconds:F0} s, zone {PagingSettings.NightZone(DateTimeOffset.UtcNow)}, load {MachineState.LoadAverage()}");

        var holder = await StartAsync(worker, first, sandbox, listener, database, "a0");
        await holder.WaitHoldsLeaseAsync(Patience);
        var standby = await StartAsync(worker, second, sandbox, listener, database, "b0");
        var toLease = new List<double>();
        var toPage = new List<double>();
        try
        {
            for (var kill = 1; kill <= kills; kill++)
            {
                var killedAt = Stopwatch.GetTimestamp();
                holder.Kill();
                var ticket = (int)sandbox.State.CreateTicket("NorthwindDental", $"DC{kill} not responding - failover {kill}", t => t.Priority(1).Type("Server").SubType("Outage"))["id"]!;
                await standby.WaitHoldsLeaseAsync(Patience);
                toLease.Add(Stopwatch.GetElapsedTime(killedAt).TotalMilliseconds);
                var page = await listener.FirstPageFor(ticket).WaitAsync(Patience);
                toPage.Add(Stopwatch.GetElapsedTime(killedAt, page.Timestamp).TotalMilliseconds);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  kill {kill}: lease taken after {toLease[^1] / 1000:F2} s, next page after {toPage[^1] / 1000:F2} s"));

                await holder.DisposeAsync();
                var dir = kill % 2 == 1 ? first : second;
                holder = standby;
                standby = await StartAsync(worker, dir, sandbox, listener, database, $"{(kill % 2 == 1 ? "a" : "b")}{kill}");
            }
        }
        finally
        {
            await holder.DisposeAsync();
            await standby.DisposeAsync();
        }

        var lease = new Percentiles(toLease);
        var paged = new Percentiles(toPage);
        results.Add($"failover: kill → lease taken ({kills} kills, lease {LeaseTime.TotalSeconds:F0} s) p50 / max",
            $"≤ lease time ({LeaseTime.TotalSeconds:F0} s)",
            string.Create(CultureInfo.InvariantCulture, $"{lease.At(50) / 1000:F2} / {lease.Max / 1000:F2} s"),
            Verdict.Of(lease.Max <= LeaseTime.TotalMilliseconds * 1.2));
        results.Add($"failover: kill → next due page ({kills} kills) p50 / max",
            $"≤ lease time + 2 s",
            string.Create(CultureInfo.InvariantCulture, $"{paged.At(50) / 1000:F2} / {paged.Max / 1000:F2} s"),
            Verdict.Of(paged.Max <= LeaseTime.TotalMilliseconds + 2000));
    }

    private static async Task<BridgeProcess> StartAsync(string? worker, ScratchDirectory dir, SandboxServer sandbox, WebhookListener listener, PostgresDatabase database, string instance)
    {
        var port = BridgeSettings.FreePort();
        var settings = BridgeSettings.For(sandbox, port, PagingSettings.For(listener.Url, port, DateTimeOffset.UtcNow));
        // Urls is the worker's own (from the port); the storage is shared.
        settings.Remove("Urls");
        settings["Storage:Provider"] = "PostgreSql";
        settings["Storage:ConnectionString"] = database.ConnectionString;
        settings["Storage:InstanceName"] = instance;
        settings["Ingest:PollInterval"] = "00:00:05";
        return await BridgeProcess.StartAsync(instance, dir.Path, port, settings, worker);
    }
}
