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

    [Fact]
    public async Task ParkedChange_CauseFixedAndRetried_TakenByTheStageAndShownResolved()
    {
        await using var host = await ParkTicket2Async();
        var id = ParkedId(await RunAsync(host, "parked"));

        _handler.Fixed = true;
        var (exit, output, _) = await RunAsync(host, "parked", "retry", id);

        Assert.Equal(0, exit);
        Assert.Contains($"Parked item {id} (", output, StringComparison.Ordinal);
        Assert.Equal([1, 2, 3, 4, 5], _handler.Handled.Order().ToArray());
        var after = (await RunAsync(host, "parked")).Output;
        Assert.Contains("Nothing parked.", after, StringComparison.Ordinal);
        Assert.Contains("retried by an admin; the stage took it (was: InvalidOperationException: the handler cannot take ticket 2)", after, StringComparison.Ordinal);
        var ready = JsonDocument.Parse(await host.Http.GetStringAsync("/health/ready")).RootElement.GetProperty("checks").GetProperty("engine");
        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
    }

    [Fact]
    public async Task ParkedChange_RetriedWhileTheCauseRemains_StaysParkedAndSaysWhy()
    {
        await using var host = await ParkTicket2Async();
        var id = ParkedId(await RunAsync(host, "parked"));

        var (exit, _, error) = await RunAsync(host, "parked", "retry", id);

        Assert.Equal(1, exit);
        Assert.Contains("failed again: InvalidOperationException: the handler cannot take ticket 2. It stays parked.", error, StringComparison.Ordinal);
        Assert.Contains("1 parked (newest first):", (await RunAsync(host, "parked")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParkedChange_Dismissed_NotParkedAnyMoreWithTheReason()
    {
        await using var host = await ParkTicket2Async();
        var id = ParkedId(await RunAsync(host, "parked"));

        var (exit, _, _) = await RunAsync(host, "parked", "dismiss", id, "ticket", "2", "was", "a", "test");
        var (again, _, error) = await RunAsync(host, "parked", "dismiss", id);

        Assert.Equal(0, exit);
        Assert.Equal(1, again);
        Assert.Contains("was dismissed already: dismissed by an admin: ticket 2 was a test", error, StringComparison.Ordinal);
        Assert.DoesNotContain(2, _handler.Handled);
        Assert.Contains("Nothing parked.", (await RunAsync(host, "parked")).Output, StringComparison.Ordinal);
    }

    private async Task<IngestHost> ParkTicket2Async()
    {
        var host = await IngestHost.StartAsync(_sandbox, _dir, extra: new Dictionary<string, string?>
        {
            ["Engine:RetryDelay"] = "00:00:00.020",
        }, configureServices: services => services.AddSingleton<ITicketChangeHandler>(_handler));
        await host.WaitForPollsAsync();
        await host.WaitForQuietAsync();
        return host;
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(IngestHost host, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await BridgeCli.RunAsync([.. args, "--config", _dir.Path, $"--Urls=http://127.0.0.1:{host.Port}"], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static string ParkedId((int Exit, string Output, string Error) shown) =>
        System.Text.RegularExpressions.Regex.Match(shown.Output, @"  #(\d+) ").Groups[1].Value;

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

        /// <summary>The cause fixed: from now on the handler takes every change.</summary>
        public bool Fixed { get; set; }

        public IReadOnlyList<int> Handled
        {
            get { lock (_gate) { return _handled.ToList(); } }
        }

        public Task HandleAsync(Bridge.Worker.Ingest.TicketChange change, CancellationToken ct)
        {
            if (change.TicketId == failOnTicket && !Fixed)
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
