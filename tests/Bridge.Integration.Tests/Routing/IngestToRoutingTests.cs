using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bridge.Integration.Tests.Routing;

/// <summary>Ingest hands each relevant ticket change to routing, which records a decision with the ticket.</summary>
public sealed class IngestToRoutingTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await SandboxServer.StartAsync();

    [Fact]
    public async Task NewP1Ticket_SeenByThePoller_RoutedAndDecisionRecordedWithReasons()
    {
        await using var bridge = await IngestHost.StartAsync(_sandbox, _dir, extra: new Dictionary<string, string?>
        {
            ["Routing:Clients:0:Company"] = "ContosoLaw",
            ["Routing:Clients:0:Contract"] = "Included24x7",
        });
        await bridge.WaitForPollsAsync();
        var id = (int)_sandbox.State.CreateTicket("ContosoLaw", "Mail server down", t => t.Priority(1))["id"]!;

        await bridge.Poller.PollOnceAsync(CancellationToken.None);
        await bridge.WaitForQuietAsync();
        var decisions = bridge.App.Services.GetRequiredService<RoutingDecisionRepository>().ForTicket(id);

        var decision = Assert.Single(decisions);
        Assert.Equal("ContosoLaw", decision.Client);
        Assert.Equal("Included24x7", decision.Contract);
        Assert.False(string.IsNullOrEmpty(decision.Disposition));
    }

    [Fact]
    public async Task NoteOnlyUpdate_NotRoutedAgain()
    {
        await using var bridge = await IngestHost.StartAsync(_sandbox, _dir);
        await bridge.WaitForPollsAsync();
        var id = (int)_sandbox.State.CreateTicket("NorthwindDental", "Server outage", t => t.Priority(1))["id"]!;
        await bridge.Poller.PollOnceAsync(CancellationToken.None);
        await bridge.WaitForQuietAsync();

        _sandbox.State.AddNote(id, "customer called again");
        await bridge.Poller.PollOnceAsync(CancellationToken.None);
        await bridge.WaitForQuietAsync();

        Assert.Single(bridge.App.Services.GetRequiredService<RoutingDecisionRepository>().ForTicket(id));
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}
