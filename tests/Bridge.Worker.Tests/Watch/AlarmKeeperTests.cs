using Bridge.Worker.Escalation.Delivery;
using Bridge.Worker.Storage;
using Bridge.Worker.Tests.Support;
using Bridge.Worker.Watch;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bridge.Worker.Tests.Watch;

/// <summary>
/// Alarms through the delivery lanes over the shipped configuration (the dispatcher is Farah Patel, by SMS): once per
/// cause, then one all-clear, and the same after a restart (a new keeper over the same state file).
/// </summary>
public sealed class AlarmKeeperTests : IAsyncDisposable
{
    private static readonly WatchCondition ConnectWiseDown = new(WatchCause.ConnectWise, "Bridge: ConnectWise unreachable", "Every poll has failed since 07:00.");
    private static readonly WatchCondition DiskFull = new(WatchCause.Disk, "Bridge: the state file's disk is nearly full", "4% free.");
    private readonly EscalationFixture _bridge = new(OnCallFixtures.Ny(2026, 11, 24, 2));

    private readonly AlarmStore _store;

    private AlarmStore Store => _store;

    private AlarmKeeper Keeper() => new(Store, _bridge.Get<NoticeSender>(), new TestOptionsMonitor<WatchOptions>(new WatchOptions()), NullLogger<AlarmKeeper>.Instance);

    public AlarmKeeperTests()
    {
        _store = new AlarmStore(_bridge.Get<BridgeDatabase>());
        _bridge.Get<BridgeDatabase>().Write(_store.Prepare);
    }

    [Fact]
    public async Task Reconcile_FailingOnEveryPass_OneAlarm_ThenOneAllClear()
    {
        var keeper = Keeper();
        var now = _bridge.Time.GetUtcNow();
        for (var pass = 0; pass < 5; pass++)
        {
            keeper.Reconcile([ConnectWiseDown], now.AddMinutes(pass));
        }

        await SendAsync();
        keeper.Reconcile([], now.AddMinutes(6));
        keeper.Reconcile([], now.AddMinutes(7));
        await SendAsync();

        Assert.Equal(
            ["Bridge alarm: Every poll has failed since 07:00.", "Bridge all clear: ConnectWise unreachable (raised 2026-11-24 07:00 UTC) is over."],
            _bridge.Sms.Sent.Select(s => s.Page.Body));
        Assert.All(_bridge.Sms.Sent, s => Assert.Equal("fpatel", s.To.PersonId));
        Assert.Empty(Store.All());
    }

    [Fact]
    public async Task Reconcile_TwoCauses_EachItsOwnAlarmAndAllClear()
    {
        var keeper = Keeper();
        var now = _bridge.Time.GetUtcNow();
        keeper.Reconcile([ConnectWiseDown], now);
        keeper.Reconcile([ConnectWiseDown, DiskFull], now.AddMinutes(1));
        keeper.Reconcile([DiskFull], now.AddMinutes(2));
        await SendAsync();

        Assert.Equal(
            ["Bridge alarm: Every poll has failed since 07:00.", "Bridge alarm: 4% free.", "Bridge all clear: ConnectWise unreachable (raised 2026-11-24 07:00 UTC) is over."],
            _bridge.Sms.Sent.Select(s => s.Page.Body));
        Assert.Equal([WatchCause.Disk], Store.All().Select(a => a.Id));
    }

    [Fact]
    public async Task Restart_WhileRaised_NoSecondAlarm_AndTheAllClearStillComes()
    {
        var now = _bridge.Time.GetUtcNow();
        Keeper().Reconcile([ConnectWiseDown], now);
        await SendAsync();

        var afterRestart = Keeper();
        afterRestart.Reconcile([ConnectWiseDown], now.AddMinutes(10));
        afterRestart.Reconcile([], now.AddMinutes(11));
        await SendAsync();

        Assert.Equal(2, _bridge.Sms.Sent.Count);
        Assert.StartsWith("Bridge all clear:", _bridge.Sms.Sent[1].Page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unconfirmed_RaisesNothing_ButKeepsARaisedAlarmRaised()
    {
        var now = _bridge.Time.GetUtcNow();
        var keeper = Keeper();
        keeper.Reconcile([ConnectWiseDown with { Confirmed = false }], now);
        await SendAsync();
        Assert.Empty(_bridge.Sms.Sent);

        keeper.Reconcile([ConnectWiseDown], now.AddMinutes(5));
        // After a restart the poller counts its failures afresh: not yet confirmed, still failing.
        keeper.Reconcile([ConnectWiseDown with { Confirmed = false }], now.AddMinutes(7));
        await SendAsync();

        Assert.Equal("Bridge alarm: Every poll has failed since 07:00.", Assert.Single(_bridge.Sms.Sent).Page.Body);
        Assert.Single(Store.All());
    }

    [Fact]
    public async Task Restart_AfterRaisedButBeforeTold_TellsOnce()
    {
        var now = _bridge.Time.GetUtcNow();
        Store.Save(new RaisedAlarm { Id = WatchCause.ConnectWise, RaisedAt = now, Subject = ConnectWiseDown.Subject, Detail = ConnectWiseDown.Detail });

        Keeper().Reconcile([ConnectWiseDown], now.AddMinutes(1));
        Keeper().Reconcile([ConnectWiseDown], now.AddMinutes(2));
        await SendAsync();

        Assert.Equal("Bridge alarm: Every poll has failed since 07:00.", Assert.Single(_bridge.Sms.Sent).Page.Body);
        Assert.True(Assert.Single(Store.All()).Told);
    }

    [Fact]
    public async Task Restart_AfterTheAllClearWasHandedOverButTheAlarmNotRemoved_NoSecondAllClear()
    {
        var now = _bridge.Time.GetUtcNow();
        Keeper().Reconcile([ConnectWiseDown], now);
        var alarm = Assert.Single(Store.All());
        Keeper().Reconcile([], now.AddMinutes(1));
        // A crash between the all-clear's hand-over and the removal: the alarm is back in the store.
        Store.Save(alarm);

        Keeper().Reconcile([], now.AddMinutes(2));
        await SendAsync();

        Assert.Equal(2, _bridge.Sms.Sent.Count);
        Assert.Empty(Store.All());
    }

    private Task SendAsync() => _bridge.Get<DeliveryLanes>().RunAllPendingAsync(CancellationToken.None);

    public ValueTask DisposeAsync() => _bridge.DisposeAsync();
}
