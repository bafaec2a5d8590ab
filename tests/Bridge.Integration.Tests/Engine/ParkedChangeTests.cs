using System.Text.Json;
using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Cli;
using Bridge.Worker.Ingest;
using Microsoft.Extensions.DependencyInjection;

namespace Bridge.Integration.Tests.Engine;

/// <summary>
/// The running bridge with one more stage after ingest whose handler throws on every attempt for one ticket's change:
/// that change is parked after three attempts with its reason, the changes after it reach the same stage, and the
/// parked change shows in <c>bridge parked</c> and on <c>/health/ready</c>.
/// </summary>
public sealed class ParkedChangeTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private readonly ThrowingHandler _handler = new(failOnTicket: 2);
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await SandboxServer.StartAsync();

    [Fact]
    public async Task HandlerThrowsForOneChange_ParkedAfterThreeAttemptsAndTheChangesAfterItFlow()
    {
        await using var host = await IngestHost.StartAsync(_sandbox, _dir, extra: new Dictionary<string, string?>
        {
            ["Engine:RetryDelay"] = "00:00:00.020",
        }, configureServices: services => services.AddSingleton<ITicketChangeHandler>(_handler));
        await host.WaitForPollsAsync();
        await host.WaitForQuietAsync();

        // The cold start brought in the service tickets 1 … 5 of the sample; every one but ticket 2 reached the stage.
        Assert.Equal(3, _handler.AttemptsOn2);
        Assert.Equal([1, 3, 4, 5], _handler.Handled.Order().ToArray());

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await BridgeCli.RunAsync(["parked", "--config", _dir.Path, $"--Urls=http://127.0.0.1:{host.Port}"], output, error);
        Assert.Equal(0, exit);
        Assert.Contains("1 parked (newest first):", output.ToString(), StringComparison.Ordinal);
        Assert.Contains($"{typeof(ThrowingHandler).FullName}: ticket 2 Created", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("after 3 attempts: InvalidOperationException: the handler cannot take ticket 2", output.ToString(), StringComparison.Ordinal);

        var ready = JsonDocument.Parse(await host.Http.GetStringAsync("/health/ready")).RootElement.GetProperty("checks").GetProperty("engine");
        Assert.Equal("Degraded", ready.GetProperty("status").GetString());
        Assert.Contains("1 item(s) parked", ready.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }

    private sealed class ThrowingHandler(int failOnTicket) : ITicketChangeHandler
    {
        private readonly Lock _gate = new();
        private readonly List<int> _handled = [];
        private int _attempts;

        public int AttemptsOn2 => Volatile.Read(ref _attempts);

        public IReadOnlyList<int> Handled
        {
            get { lock (_gate) { return _handled.ToList(); } }
        }

        public Task HandleAsync(Bridge.Worker.Ingest.TicketChange change, CancellationToken ct)
        {
            if (change.TicketId == failOnTicket)
            {
                Interlocked.Increment(ref _attempts);
                throw new InvalidOperationException($"the handler cannot take ticket {change.TicketId}");
            }

            lock (_gate)
            {
                _handled.Add(change.TicketId);
            }

            return Task.CompletedTask;
        }
    }
}
