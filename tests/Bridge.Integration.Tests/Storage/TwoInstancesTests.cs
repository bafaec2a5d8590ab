using System.Text.Json;
using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.TestSupport;
using Bridge.Connectors.ConnectWise.Models;
using Bridge.Worker.Ingest;
using Bridge.Worker.Storage.Leases;
using Microsoft.Extensions.DependencyInjection;

namespace Bridge.Integration.Tests.Storage;

/// <summary>
/// Two bridges on one PostgreSQL database against the sandbox: one holds the engine lease and runs the background
/// modules, the other only answers HTTP; when the holder stops, the other takes over and carries on from the same
/// cursors, so no change is handled twice.
/// </summary>
public sealed class TwoInstancesTests : IAsyncLifetime
{
    private readonly TempDirectory _first = new();
    private readonly TempDirectory _second = new();
    private readonly PostgresDatabase _database = PostgresServer.Shared.CreateDatabase("two");
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await SandboxServer.StartAsync();

    [Fact]
    public async Task HolderStops_TheOtherTakesOver_AndHandlesOnlyWhatCameAfter()
    {
        var before = (int)_sandbox.State.CreateTicket("FabrikamRetail", "POS terminals offline")["id"]!;
        var a = await IngestHost.StartAsync(_sandbox, _first, extra: Settings("a"));
        await Lease(a).WaitHeldAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));
        await using var b = await IngestHost.StartAsync(_sandbox, _second, extra: Settings("b"));
        try
        {
            await Logged(a, () => a.Recorder.WaitForAsync(c => c.TicketId == before && c.Kind == TicketChangeKind.Created, TimeSpan.FromSeconds(60)));
            await a.WaitForPollsAsync();

            Assert.Equal("a", Lease(a).Holder?.Instance);
            Assert.True(Lease(a).IsHeld);
            Assert.False(Lease(b).IsHeld);
            Assert.Equal(0, b.Poller.CompletedCycles);
            Assert.Empty(b.Recorder.Changes);
            var ready = await ReadyLeaseAsync(b);
            Assert.Contains("held by a", ready, StringComparison.Ordinal);
            Assert.Contains("this instance (b) is a standby", ready, StringComparison.Ordinal);
        }
        finally
        {
            await a.DisposeAsync();
        }

        var after = (int)_sandbox.State.CreateTicket("FabrikamRetail", "Card reader down")["id"]!;
        await Lease(b).WaitHeldAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        await b.Recorder.WaitForAsync(c => c.TicketId == after && c.Kind == TicketChangeKind.Created, TimeSpan.FromSeconds(60));
        await b.WaitForQuietAsync();

        Assert.Empty(b.Recorder.For(before));
        Assert.Single(b.Recorder.For(after));
        Assert.Single(b.ChangeStore.ForTicket(before));
        Assert.Contains("held by this instance", await ReadyLeaseAsync(b), StringComparison.Ordinal);
        // The status page's health list says so too, in words.
        var page = await b.Http.GetStringAsync("/");
        Assert.Contains("Engine lease (which instance runs the background)", page, StringComparison.Ordinal);
        Assert.Contains("held by this instance", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallbackToTheStandby_WorkedByTheHolderAtOnce_NotAtItsNextSweep()
    {
        var standbyPort = FreePort();
        var standbyUrl = $"http://127.0.0.1:{standbyPort}";
        // ConnectWise is pointed at the standby (as at a load balancer that picked it); the inbox sweep is far off.
        var holderSettings = Settings("a");
        holderSettings["Ingest:PublicUrl"] = standbyUrl;
        holderSettings["Ingest:InboxSweepInterval"] = "00:30:00";
        await using var a = await IngestHost.StartAsync(_sandbox, _first, register: true, extra: holderSettings);
        await Lease(a).WaitHeldAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));
        await a.Registrar.Reconciled.WaitAsync(TimeSpan.FromSeconds(60));
        await a.WaitForPollsAsync();
        var standbySettings = Settings("b");
        standbySettings["Ingest:InboxSweepInterval"] = "00:30:00";
        await using var b = await IngestHost.StartAsync(_sandbox, _second, port: standbyPort, extra: standbySettings);

        var id = (int)_sandbox.State.CreateTicket("FabrikamRetail", "Scanner offline")["id"]!;
        await _sandbox.Callbacks.WaitForAsync(c => c.EntityId == id && c.Succeeded);
        var (change, _) = await a.Recorder.WaitForAsync(c => c.TicketId == id && c.Kind == TicketChangeKind.Created, TimeSpan.FromSeconds(60));

        Assert.Equal(ChangeSource.Callback, change.Source);
        Assert.Empty(b.Recorder.Changes);
        Assert.Single(a.ChangeStore.ForTicket(id));
    }

    /// <summary>A wait that fails with the bridge's warnings and errors in its message.</summary>
    private static async Task Logged(IngestHost host, Func<Task> wait)
    {
        try
        {
            await wait();
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message}{host.LoggedTrouble()}", ex);
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Dictionary<string, string?> Settings(string instance) => new()
    {
        ["Storage:Provider"] = "PostgreSql",
        ["Storage:ConnectionString"] = _database.ConnectionString,
        // Long enough that a loaded machine never loses it between renewals; the holder gives it up on stopping.
        ["Storage:LeaseTime"] = "00:00:10",
        ["Storage:InstanceName"] = instance,
    };

    private static EngineLease Lease(IngestHost host) => host.App.Services.GetRequiredService<EngineLease>();

    private static async Task<string> ReadyLeaseAsync(IngestHost host)
    {
        using var response = await host.Http.GetAsync("/health/ready");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.ToString();
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        _database.Dispose();
        _first.Dispose();
        _second.Dispose();
    }
}
