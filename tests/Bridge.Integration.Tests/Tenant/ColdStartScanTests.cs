using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Ingest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Integration.Tests.Tenant;

/// <summary>
/// Tickets change while the bridge reads a large board: offset pages ordered by lastUpdated shift under such
/// edits (an edited ticket moves to the end, and the row after it falls into a page already read). The poller's
/// forward-only scan (id order, <c>pageId</c>) cannot be disturbed that way.
/// </summary>
public sealed class ColdStartScanTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _cwClock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = _cwClock });

    [Fact]
    public async Task ColdStartOf5000With500EditedMidScan_EveryTicketSeenAndEveryEditHeld()
    {
        var ids = _sandbox.State.CreateTickets(5000, (_, t) =>
        {
            _cwClock.Advance(TimeSpan.FromSeconds(1));
            t.Board("Alerts").Status("New");
        });
        // Every tenth ticket, from the first to the last, is acknowledged in ConnectWise right after the first page
        // of the scan is answered: some before the scan reaches them, some after.
        var edited = ids.Where((_, i) => i % 10 == 0).ToList();
        var editedOnce = 0;
        void EditAfterFirstPage(SandboxRequest request)
        {
            if (request.Method == "GET" && request.ApiPath == "service/tickets" && Interlocked.Exchange(ref editedOnce, 1) == 0)
            {
                // The ones the first page already carried are saved first; the later ones two minutes after, so
                // the newest stamp the scan reads is well past the earlier edits (further back than the overlap).
                _cwClock.Advance(TimeSpan.FromSeconds(30));
                foreach (var id in edited.Where(i => i <= ids[999]))
                {
                    _sandbox.State.UpdateTicket(id, t => t.Status("Acknowledged"), "fpatel");
                }

                _cwClock.Advance(TimeSpan.FromMinutes(2));
                foreach (var id in edited.Where(i => i > ids[999]))
                {
                    _sandbox.State.UpdateTicket(id, t => t.Status("Acknowledged"), "fpatel");
                }
            }
        }

        _sandbox.Requests.Logged += EditAfterFirstPage;
        var extra = new Dictionary<string, string?> { ["Ingest:Boards:0"] = "Alerts", ["Storage:DurableCommits"] = "false", ["ConnectWise:PageSize"] = "1000" };
        await using var bridge = await IngestHost.StartAsync(_sandbox, _dir, extra: extra);
        await bridge.WaitForPollsAsync();
        _sandbox.Requests.Logged -= EditAfterFirstPage;
        _cwClock.Advance(TimeSpan.FromMinutes(1));
        await bridge.Poller.PollOnceAsync(CancellationToken.None);
        await bridge.WaitForQuietAsync();

        var states = bridge.App.Services.GetRequiredService<TicketStateStore>();
        var held = ids.Select(states.Get).ToList();
        Assert.Equal(1, editedOnce);
        Assert.All(held, Assert.NotNull);
        Assert.Equal(edited.Order(), held.Where(t => t!.StatusName == "Acknowledged").Select(t => t!.Id).Order());
        Assert.True(_sandbox.Requests.Count("GET", "service/tickets") >= 6, "the cold start read the board in pages");
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}
