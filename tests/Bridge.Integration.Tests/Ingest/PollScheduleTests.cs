using System.Net.Http.Json;
using System.Text.Json;
using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Integration.Tests.Ingest;

public sealed class PollScheduleTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 22, 0, 0, TimeSpan.Zero));
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await SandboxServer.StartAsync();

    [Fact]
    public async Task PollJob_RunsOnTheAppClock_OneIntervalOfFakeTimeMeansOneMorePoll()
    {
        await using var bridge = await IngestHost.StartAsync(_sandbox, _dir, pollInterval: TimeSpan.FromMinutes(1),
            configureServices: services => services.AddSingleton<TimeProvider>(_clock));
        await bridge.WaitForPollsAsync(1);
        await Task.Delay(500);
        var beforeAdvance = bridge.Poller.CompletedCycles;

        _sandbox.Faults.DropCallbacks = true;
        var id = (int)_sandbox.State.CreateTicket("ContosoLaw", "Phones down")["id"]!;
        _clock.Advance(TimeSpan.FromMinutes(1));
        await bridge.WaitForPollsAsync(2);
        var (change, _) = await bridge.Recorder.WaitForAsync(c => c.TicketId == id);

        Assert.Equal(1, beforeAdvance);
        Assert.Equal(_clock.GetUtcNow(), change.ObservedAt);
    }

    [Fact]
    public async Task RecentTickets_AfterColdStart_ListsChangesWithTheirSource()
    {
        await using var bridge = await IngestHost.StartAsync(_sandbox, _dir);
        await bridge.WaitForPollsAsync();
        await bridge.WaitForQuietAsync();

        var recent = await bridge.Http.GetFromJsonAsync<JsonElement>("/tickets/recent?count=3");

        Assert.Equal(3, recent.GetArrayLength());
        Assert.All(recent.EnumerateArray(), r => Assert.Equal("Poll", r.GetProperty("source").GetString()));
        Assert.All(recent.EnumerateArray(), r => Assert.Equal("Created", r.GetProperty("kind").GetString()));
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}
