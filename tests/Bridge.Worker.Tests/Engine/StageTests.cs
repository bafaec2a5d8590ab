using Bridge.Worker.Engine;
using Bridge.Worker.Ingest;
using Bridge.Worker.Storage;
using Bridge.Worker.Tests.Support;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Worker.Tests.Engine;

/// <summary>
/// A stage over ingest's real change log in a real state file, with a handler that fails on one ticket's change every
/// time: the change is retried on the stage's clock, parked after three attempts with its reason, and the changes
/// behind it flow; another stage on the same input is not held up at all.
/// </summary>
public abstract class StageTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 7, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);
    private readonly StateFile _state;
    private readonly BridgeDatabase _db;
    private readonly TicketChangeStore _changes;
    private readonly StageCursorStore _cursors;
    private readonly ParkedItemStore _parked;
    private readonly EngineServices _services;

    protected StageTests(StorageProvider provider)
    {
        _state = new StateFile(Start, provider);
        _db = _state.Database;
        _changes = new TicketChangeStore(_db);
        _cursors = new StageCursorStore(_db);
        _parked = new ParkedItemStore(_db);
        _services = new EngineServices(_db, _cursors, _parked, new TestOptionsMonitor<EngineOptions>(new EngineOptions()), new StageWakeups(), _time, NullLogger.Instance);
    }

    [Fact]
    public async Task RunPending_HandlerThrowsOnEveryAttemptForOneChange_ParkedAfterThreeWithItsReasonAndTheRestFlow()
    {
        Store(1, 2, 3, 4);
        var failing = new FailingHandler(failOnTicket: 2);
        var stage = StageFor(failing);

        var retryAt = await stage.RunPendingAsync(CancellationToken.None);
        Assert.Equal([1], failing.Handled);
        Assert.Equal(Start + TimeSpan.FromSeconds(2), retryAt);
        Assert.Equal(0, _parked.Count());

        // Not yet due: nothing is tried again.
        Assert.Equal(retryAt, await stage.RunPendingAsync(CancellationToken.None));
        Assert.Equal(1, failing.Attempts);

        _time.Advance(TimeSpan.FromSeconds(2));
        retryAt = await stage.RunPendingAsync(CancellationToken.None);
        Assert.Equal(2, failing.Attempts);
        Assert.Equal(_time.GetUtcNow() + TimeSpan.FromSeconds(4), retryAt);

        _time.Advance(TimeSpan.FromSeconds(4));
        Assert.Null(await stage.RunPendingAsync(CancellationToken.None));

        Assert.Equal(3, failing.Attempts);
        Assert.Equal([1, 3, 4], failing.Handled);
        var parked = Assert.Single(_parked.Recent(10));
        Assert.Equal(2, parked.TicketId);
        Assert.Equal(3, parked.Attempts);
        Assert.Equal("InvalidOperationException: ticket 2 cannot be handled", parked.Reason);
        Assert.StartsWith("ticket 2 Created", parked.Item, StringComparison.Ordinal);
        Assert.Equal(0, stage.CountBehind());
    }

    [Fact]
    public async Task RunPending_OneStageStuck_AnotherStageOnTheSameInputGoesOn()
    {
        Store(1, 2, 3);
        var failing = new FailingHandler(failOnTicket: 1);
        var healthy = new RecordingHandler();
        var stages = new TicketChangeStages([failing, healthy], new TicketChangeInput(_changes), _cursors, _services);

        foreach (var stage in stages.Stages)
        {
            await stage.RunPendingAsync(CancellationToken.None);
        }

        Assert.Empty(failing.Handled);
        Assert.Equal([1, 2, 3], healthy.Handled);
        stages.Dispose();
    }

    [Fact]
    public async Task Readiness_ParkedItem_DegradedNamingTheStageAndTheReason()
    {
        Store(7);
        var stage = StageFor(new FailingHandler(failOnTicket: 7));
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await stage.RunPendingAsync(CancellationToken.None);
            _time.Advance(TimeSpan.FromMinutes(1));
        }

        var check = new EngineHealthCheck(new StageRegistry([stage], [], []), _parked);
        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Contains("1 item(s) parked", result.Description, StringComparison.Ordinal);
        Assert.Contains("ticket 7 cannot be handled", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_StageRetrying_DegradedWithTheAttempt()
    {
        Store(8);
        var stage = StageFor(new FailingHandler(failOnTicket: 8));
        await stage.RunPendingAsync(CancellationToken.None);

        var result = await new EngineHealthCheck(new StageRegistry([stage], [], []), _parked).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Contains("is retrying an item (attempt 1)", result.Description, StringComparison.Ordinal);
    }

    private Stage<TicketChange> StageFor(FailingHandler handler) =>
        new("test-stage", new TicketChangeInput(_changes), new Adapter(handler), () => 0, null, _services);

    private void Store(params int[] tickets) => _db.Write(() => _changes.AddNew(tickets.Select(id =>
    {
        var ticket = new TicketSnapshot { Id = id, LastUpdated = Start, StatusName = "New" };
        return new TicketChange($"{id}:created", id, TicketChangeKind.Created, "", null, null, ticket, ChangeSource.Poll, Start, Start);
    })));

    public void Dispose()
    {
        _services.Wakeups.Dispose();
        _state.Dispose();
        GC.SuppressFinalize(this);
    }

    private sealed class Adapter(FailingHandler handler) : IStageHandler<TicketChange>
    {
        public Task HandleAsync(TicketChange item, CancellationToken cancellationToken) => handler.HandleAsync(item, cancellationToken);
    }

    private sealed class RecordingHandler : ITicketChangeHandler
    {
        public List<int> Handled { get; } = [];

        public Task HandleAsync(TicketChange change, CancellationToken ct)
        {
            Handled.Add(change.TicketId);
            return Task.CompletedTask;
        }
    }

    private sealed class FailingHandler(int failOnTicket) : ITicketChangeHandler
    {
        public List<int> Handled { get; } = [];

        public int Attempts { get; private set; }

        public Task HandleAsync(TicketChange change, CancellationToken ct)
        {
            if (change.TicketId == failOnTicket)
            {
                Attempts++;
                throw new InvalidOperationException($"ticket {change.TicketId} cannot be handled");
            }

            Handled.Add(change.TicketId);
            return Task.CompletedTask;
        }
    }
}

public sealed class StageOnLiteDbTests() : StageTests(StorageProvider.LiteDb);

public sealed class StageOnPostgreSqlTests() : StageTests(StorageProvider.PostgreSql);
