using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Ingest;

namespace Bridge.Integration.Tests.Ingest;

public sealed class CrashRecoveryTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await SandboxServer.StartAsync();

    [Fact]
    public async Task StoppedAfterInboxWriteBeforeProcessing_Restarted_ChangeProducedOnce()
    {
        int id;
        int port;
        await using (var first = await IngestHost.StartAsync(_sandbox, _dir, register: true))
        {
            await first.Registrar.Reconciled.WaitAsync(TimeSpan.FromSeconds(10));
            await first.WaitForPollsAsync();
            port = first.Port;
            first.Processor.Pause();

            id = (int)_sandbox.State.CreateTicket("FabrikamRetail", "POS terminals offline")["id"]!;
            await _sandbox.Callbacks.WaitForAsync(a => a.EntityId == id && a.Succeeded);

            Assert.Equal(1, first.Inbox.CountPending());
            Assert.Empty(first.Recorder.For(id));
            Assert.Empty(first.ChangeStore.ForTicket(id));
        }

        await using var second = await IngestHost.StartAsync(_sandbox, _dir, register: true, port: port);
        await second.Recorder.WaitForAsync(c => c.TicketId == id && c.Kind == TicketChangeKind.Created);
        await second.WaitForPollsAsync();
        await second.Poller.PollOnceAsync(CancellationToken.None);
        await second.WaitForQuietAsync();

        Assert.Equal(0, second.Inbox.CountPending());
        Assert.Single(second.ChangeStore.ForTicket(id));
        Assert.Single(second.Recorder.For(id));
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}
