using Bridge.Worker.Kernel;
using Bridge.Worker.Routing;
using Bridge.Worker.Storage;
using Bridge.Worker.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using static Bridge.Worker.Tests.Support.RoutingFixtures;

namespace Bridge.Worker.Tests.Routing;

public abstract class TicketRouterTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(At("2026-11-26T07:00:00Z")); // 02:00 on Thanksgiving in New York
    private readonly StateFile _state;
    private readonly BridgeDatabase _database;
    private readonly RoutingDecisionRepository _decisions;
    private readonly TicketRouter _router;

    protected TicketRouterTests(StorageProvider provider)
    {
        _state = new StateFile(_time.GetUtcNow(), provider);
        _database = _state.Database;
        _decisions = new RoutingDecisionRepository(_database);
        _router = new TicketRouter(
            new RoutingPolicyProvider(new TestOptionsMonitor<RoutingOptions>(RoutingFixtures.Options())), _decisions, _time, NullLogger<TicketRouter>.Instance);
    }

    [Fact]
    public async Task RouteAsync_Ticket_DecidesAtTheClockAndRecordsWithReasons()
    {
        var decision = await _router.RouteAsync(Ticket("ContosoLaw", priority: 1), CancellationToken.None);

        Assert.Equal(Disposition.PageNow, decision.Disposition);
        var record = Assert.Single(_decisions.ForTicket(123));
        Assert.Equal("PageNow", record.Disposition);
        Assert.Equal(_time.GetUtcNow(), record.RecordedAt);
        Assert.Equal(At("2026-11-26T02:00:00-05:00"), record.At);
        Assert.Equal("after-hours ×1.5", record.Billing);
        Assert.Equal("p1-unassigned", record.EscalationPolicy);
        Assert.Equal(decision.Reasons.Count, record.Reasons.Count);
        Assert.Contains(record.Reasons, r => r.Contains("Thanksgiving", StringComparison.Ordinal) && r.Contains("Routing:Holidays:2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RouteAsync_TwoChangesOfATicket_BothKeptInOrder()
    {
        await _router.RouteAsync(Ticket("ContosoLaw", priority: 3), CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(6)); // 08:00 on Thanksgiving: still a holiday
        await _router.RouteAsync(Ticket("ContosoLaw", priority: 1), CancellationToken.None);
        await _router.RouteAsync(Ticket("ContosoLaw", priority: 2) with { Id = 999 }, CancellationToken.None);

        var records = _decisions.ForTicket(123);

        Assert.Equal(["NextBusinessDay", "PageNow"], records.Select(r => r.Disposition));
        Assert.Equal(["P3", "P1"], records.Select(r => r.PriorityLevel));
    }

    [Fact]
    public void Route_ConfigurationInForce_DecisionAndRecordNameItsVersionAndTheConfigurationIsKeptOnce()
    {
        var versions = new ConfigurationVersionStore(_database);
        var applied = new AppliedConfiguration(new ConfigurationVersion("0123456789ab", At("2026-11-25T22:00:00Z")), "{\"Routing\":{}}");
        var router = new TicketRouter(
            new RoutingPolicyProvider(new TestOptionsMonitor<RoutingOptions>(RoutingFixtures.Options())), _decisions, _time, NullLogger<TicketRouter>.Instance,
            new FixedConfiguration(applied), versions);

        var decision = router.Route(Ticket("ContosoLaw", priority: 1));
        router.Route(Ticket("ContosoLaw", priority: 2));

        Assert.Equal(applied.Version, decision.Configuration);
        Assert.All(_decisions.ForTicket(123), r => Assert.Equal(("0123456789ab", applied.Version.AppliedAt), (r.ConfigVersion, r.ConfigAppliedAt)));
        var kept = versions.Find("0123456789ab");
        Assert.Equal((applied.Version.AppliedAt, applied.Json), (kept?.AppliedAt, kept?.Json));
    }

    public void Dispose()
    {
        _state.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class TicketRouterOnLiteDbTests() : TicketRouterTests(StorageProvider.LiteDb);

public sealed class TicketRouterOnPostgreSqlTests() : TicketRouterTests(StorageProvider.PostgreSql);
