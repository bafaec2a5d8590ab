using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Bridge.Connectors.ConnectWise.Models;
using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Ingest;

namespace Bridge.Integration.Tests.Ingest;

/// <summary>
/// What the bridge does to <c>/system/callbacks</c> at start: keeps a registration ConnectWise hands back in another
/// spelling, sets <c>isSelfSuppressedFlag</c> as configured (and the sandbox then spares the bridge its own changes),
/// and in shadow mode writes nothing there at all.
/// </summary>
public sealed class CallbackRegistrationTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await SandboxServer.StartAsync();

    [Fact]
    public async Task Registration_StoredWithUpperCaseHostAndTrailingSlash_KeptAcrossAStartAndStillDelivers()
    {
        var port = FreePort();
        var stored = await RegisterAsync($"http://LOCALHOST:{port}/callbacks/connectwise/{IngestHost.Secret}/?recordId=", selfSuppressed: true);
        _sandbox.Requests.Clear();

        await using var bridge = await IngestHost.StartAsync(_sandbox, _dir, register: true, port: port,
            extra: new Dictionary<string, string?> { ["Ingest:PublicUrl"] = $"http://localhost:{port}" });
        await bridge.Registrar.Reconciled.WaitAsync(TimeSpan.FromSeconds(10));
        await bridge.WaitForPollsAsync();
        _sandbox.State.UpdateTicket(2, t => t.Status("In Progress"), "fpatel");
        var (change, _) = await bridge.Recorder.WaitForAsync(c => c.TicketId == 2 && c.Kind == TicketChangeKind.StatusChanged);

        var registration = Assert.Single(_sandbox.State.CallbackRegistrations);
        Assert.Equal((stored.Id, stored.Url), ((int?)registration["id"], (string?)registration["url"]));
        Assert.Equal(0, CallbackWrites());
        // Delivered by the kept registration: its entity, or (when the update shares its second with the ticket's
        // previous save, as it may on the sandbox's real clock) the read the callback caused. Never the poller.
        Assert.Contains(change.Source, new[] { ChangeSource.Callback, ChangeSource.Fetch });
    }

    [Fact]
    public async Task Registration_StoredWithoutSelfSuppressedFlag_PatchedInPlaceAtStart()
    {
        var port = FreePort();
        var stored = await RegisterAsync($"http://127.0.0.1:{port}/callbacks/connectwise/{IngestHost.Secret}?recordId=", selfSuppressed: null);
        _sandbox.Requests.Clear();

        await using var bridge = await IngestHost.StartAsync(_sandbox, _dir, register: true, port: port);
        await bridge.Registrar.Reconciled.WaitAsync(TimeSpan.FromSeconds(10));

        var registration = Assert.Single(_sandbox.State.CallbackRegistrations);
        Assert.Equal(stored.Id, (int?)registration["id"]);
        Assert.True((bool?)registration["isSelfSuppressedFlag"]);
        Assert.Equal(1, _sandbox.Requests.Count("PATCH", "system/callbacks"));
        Assert.Equal(0, _sandbox.Requests.Count("POST", "system/callbacks") + _sandbox.Requests.Count("DELETE", "system/callbacks"));
    }

    [Fact]
    public async Task SelfSuppressed_ChangeByTheBridgesApiMember_NotDelivered_ChangeByAnotherMember_Delivered()
    {
        await using var bridge = await IngestHost.StartAsync(_sandbox, _dir, register: true);
        await bridge.Registrar.Reconciled.WaitAsync(TimeSpan.FromSeconds(10));
        await bridge.WaitForPollsAsync();
        _sandbox.Callbacks.Clear();

        var (own, other) = await ChangeByBridgeThenByDispatcherAsync(bridge);

        Assert.True((bool?)Assert.Single(_sandbox.State.CallbackRegistrations)["isSelfSuppressedFlag"]);
        Assert.Empty(own);
        Assert.Single(other);
    }

    [Fact]
    public async Task SelfSuppressedOff_ChangeByTheBridgesApiMember_Delivered()
    {
        await using var bridge = await IngestHost.StartAsync(_sandbox, _dir, register: true,
            extra: new Dictionary<string, string?> { ["ConnectWise:Callbacks:SelfSuppressed"] = "false" });
        await bridge.Registrar.Reconciled.WaitAsync(TimeSpan.FromSeconds(10));
        await bridge.WaitForPollsAsync();
        _sandbox.Callbacks.Clear();

        var (own, other) = await ChangeByBridgeThenByDispatcherAsync(bridge);

        Assert.False((bool?)Assert.Single(_sandbox.State.CallbackRegistrations)["isSelfSuppressedFlag"]);
        Assert.NotEmpty(own);
        Assert.Single(other);
    }

    [Fact]
    public async Task ShadowMode_RegistrationOn_NothingWrittenToSystemCallbacks_OneLineSaysWhatLiveModeWould()
    {
        var stale = await RegisterAsync("http://127.0.0.1:1/old?recordId=", selfSuppressed: null);
        _sandbox.Requests.Clear();

        await using (var bridge = await IngestHost.StartAsync(_sandbox, _dir, register: true,
            extra: new Dictionary<string, string?> { ["Bridge:Mode"] = "Shadow" },
            prepare: dir => dir.Write("appsettings.json", """{ "Urls": "http://127.0.0.1:0", "Logging": { "File": { "Path": "logs/bridge-.log" } } }""")))
        {
            await bridge.Registrar.Reconciled.WaitAsync(TimeSpan.FromSeconds(10));
        }

        Assert.Equal(0, _sandbox.Requests.Count("POST", "system/callbacks"));
        Assert.Equal(0, CallbackWrites());
        Assert.True(_sandbox.Requests.Count("GET", "system/callbacks") >= 1);
        Assert.Equal(stale.Id, (int?)Assert.Single(_sandbox.State.CallbackRegistrations)["id"]);
        var log = await File.ReadAllLinesAsync(Directory.GetFiles(Path.Combine(_dir.Path, "logs"), "bridge-*.log").Single());
        var line = Assert.Single(log, l => l.Contains("callback registration", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Shadow mode: callback registrations left as they are; live mode would create owner 1; delete id " + stale.Id, line, StringComparison.Ordinal);
        Assert.DoesNotContain(IngestHost.Secret, line, StringComparison.Ordinal);
    }

    /// <summary>
    /// Ticket 2 changed first through the API with the bridge's own keys (member <c>bridgeapi</c>), then by fpatel.
    /// The sandbox sends first attempts one at a time in the order of the changes, so once fpatel's has arrived, one
    /// for the bridge's own change would have been attempted before it: no waiting for something not to happen.
    /// </summary>
    private async Task<(IReadOnlyList<SandboxCallbackAttempt> Own, IReadOnlyList<SandboxCallbackAttempt> Other)> ChangeByBridgeThenByDispatcherAsync(IngestHost bridge)
    {
        await using (var cw = ConnectWiseClientHost.For(_sandbox))
        {
            await cw.Api.PatchTicketAsync(2, [PatchOperation.Replace("status", new { name = "In Progress" })]);
        }

        _sandbox.State.UpdateTicket(2, t => t.Status("Waiting Client"), "fpatel");
        await _sandbox.Callbacks.WaitForAsync(a => a.EntityId == 2 && MemberOf(a) == "fpatel" && a.Succeeded, TimeSpan.FromSeconds(10));
        await bridge.Recorder.WaitForAsync(c => c.TicketId == 2 && c.Kind == TicketChangeKind.StatusChanged && c.NewValue == "Waiting Client");
        var attempts = _sandbox.Callbacks.Attempts.Where(a => a.EntityId == 2).ToList();
        return (attempts.Where(a => MemberOf(a) == SandboxState.ApiMemberIdentifier).ToList(), attempts.Where(a => MemberOf(a) == "fpatel").ToList());
    }

    private static string? MemberOf(SandboxCallbackAttempt attempt) => (string?)JsonNode.Parse(attempt.Body)!["MemberId"];

    private async Task<CallbackEntry> RegisterAsync(string url, bool? selfSuppressed)
    {
        await using var cw = ConnectWiseClientHost.For(_sandbox);
        return await cw.Api.CreateCallbackAsync(new CallbackEntry
        {
            Url = url, Type = "ticket", Level = "owner", ObjectId = 1,
            Description = CallbackRegistrationPlan.Describe("owner", 1), IsSelfSuppressedFlag = selfSuppressed,
        });
    }

    private int CallbackWrites() =>
        _sandbox.Requests.Count(r => r.Method is "POST" or "PUT" or "PATCH" or "DELETE" && r.Path.Contains("system/callbacks", StringComparison.OrdinalIgnoreCase));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}
