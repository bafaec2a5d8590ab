using Bridge.Worker.Escalation.Delivery;
using Bridge.Worker.Escalation.Engine;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Tests.Support;
using Bridge.Worker.Watch;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bridge.Worker.Tests.Watch;

/// <summary>
/// The weekly canary on the shipped configuration and a <c>FakeTimeProvider</c>: Wednesday 25 November 2026 at 19:00 in
/// New York, when Dana Schmidt is on call for after-hours and Farah Patel is the dispatcher.
/// </summary>
public sealed class CanaryKeeperTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Wednesday1900 = OnCallFixtures.Ny(2026, 11, 25, 19);
    private readonly EscalationFixture _bridge = new(Wednesday1900);

    private CanaryKeeper Keeper(string at = "Wednesday 19:00", bool enabled = true) => new(
        _bridge.Engine,
        _bridge.Incidents,
        _bridge.Get<TicketLocks>(),
        _bridge.OnCall,
        _bridge.Get<NoticeSender>(),
        _bridge.Get<LocalClock>(),
        new TestOptionsMonitor<WatchOptions>(new WatchOptions { Canary = new CanaryOptions { Enabled = enabled, At = at } }),
        NullLogger<CanaryKeeper>.Instance);

    private IReadOnlyList<Incident> Canaries => _bridge.Incidents.Recent(10).Where(i => i.Cause == IncidentCause.Canary).ToList();

    [Fact]
    public async Task Due_PagesThePersonOnCall_AsAnIncidentWithNoTicket()
    {
        await RunAsync(Keeper());

        var canary = Assert.Single(Canaries);
        Assert.Equal((-202648, EscalationEngine.CanaryPolicy, IncidentState.Triggered), (canary.TicketId, canary.Policy, canary.State));
        var (_, member, kind, page) = Assert.Single(_bridge.Pages(Wednesday1900));
        Assert.Equal(("dschmidt", "sms"), (member, kind));
        Assert.StartsWith("Weekly test page (2026-W48): please acknowledge", page.Summary, StringComparison.Ordinal);
        Assert.NotNull(page.Links.Acknowledge);
    }

    [Fact]
    public async Task EveryPassThatWeek_AndAfterARestart_StillOneCanary()
    {
        await RunAsync(Keeper());
        _bridge.Time.Advance(TimeSpan.FromMinutes(1));
        await RunAsync(Keeper());
        _bridge.Time.Advance(TimeSpan.FromHours(2));
        await RunAsync(Keeper());

        Assert.Single(Canaries);
        Assert.Single(_bridge.Pages(Wednesday1900), p => p.Member == "dschmidt");
    }

    [Fact]
    public async Task NotAcknowledgedWithinAckWithin_TheDispatcherIsToldWhoDidNotAnswer()
    {
        await RunAsync(Keeper());
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(29));
        Assert.DoesNotContain(_bridge.Pages(Wednesday1900), p => p.Member == "fpatel");

        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(1));

        var told = Assert.Single(_bridge.Pages(Wednesday1900), p => p.Member == "fpatel");
        Assert.Equal(30, told.Minute);
        Assert.StartsWith("Dana Schmidt, on call for after-hours, did not acknowledge the weekly test page (2026-W48) within 30 min", told.Page.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acknowledged_ResolvedOnTheNextPass_AndNobodyElseIsTold()
    {
        await RunAsync(Keeper());
        var canary = Assert.Single(Canaries);
        await _bridge.Engine.AcknowledgeLockedAsync(canary, "dschmidt", TimelineChannels.Link, _bridge.Time.GetUtcNow(), "acknowledged", CancellationToken.None);
        _bridge.Time.Advance(TimeSpan.FromMinutes(1));
        await RunAsync(Keeper());
        await _bridge.AdvanceAsync(TimeSpan.FromHours(1));

        var closed = Assert.Single(Canaries);
        Assert.Equal(IncidentState.Resolved, closed.State);
        Assert.Contains("acknowledged by Dana Schmidt", closed.ClosedReason, StringComparison.Ordinal);
        Assert.DoesNotContain(_bridge.Pages(Wednesday1900), p => p.Member == "fpatel");
    }

    [Fact]
    public async Task AcknowledgedCanary_DoesNotMakeThePersonOnCallBusyForARealPage()
    {
        await RunAsync(Keeper());
        await _bridge.Engine.AcknowledgeLockedAsync(Assert.Single(Canaries), "dschmidt", TimelineChannels.Link, _bridge.Time.GetUtcNow(), "acknowledged", CancellationToken.None);

        await _bridge.ChangeAsync(EscalationFixture.Ticket(42));

        Assert.Equal(["dschmidt", "dschmidt"], _bridge.Pages(Wednesday1900).Select(p => p.Member));
    }

    [Fact]
    public async Task NeverAcknowledged_ClosedAfterADay()
    {
        await RunAsync(Keeper());
        await _bridge.AdvanceAsync(TimeSpan.FromHours(24), TimeSpan.FromMinutes(30));
        await RunAsync(Keeper());

        Assert.Equal(IncidentState.Cancelled, Assert.Single(Canaries).State);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(24 * 60)]
    public async Task BeforeItsTime_OrADayLate_NoCanary(int minutes)
    {
        _bridge.Time.Advance(TimeSpan.FromMinutes(Math.Max(minutes, 0)));
        var keeper = Keeper(minutes < 0 ? "Wednesday 19:01" : "Wednesday 19:00");

        await RunAsync(keeper);

        Assert.Empty(Canaries);
        Assert.Empty(_bridge.Pages(Wednesday1900));
    }

    [Fact]
    public async Task BridgeDownAtItsTime_SentLateTheSameDay_Once()
    {
        _bridge.Time.Advance(TimeSpan.FromHours(3));

        await RunAsync(Keeper());
        await RunAsync(Keeper());

        Assert.Single(Canaries);
        Assert.Single(_bridge.Pages(Wednesday1900), p => p.Member == "dschmidt");
    }

    [Fact]
    public async Task Disabled_NoCanary()
    {
        await RunAsync(Keeper(enabled: false));

        Assert.Empty(Canaries);
    }

    [Fact]
    public async Task NobodyOnCall_TheTellRoleIsToldOfTheGapInstead()
    {
        // Wednesday 12:00 is inside business hours: the after-hours rotation has nobody then.
        _bridge.Time.Advance(TimeSpan.FromDays(7) - TimeSpan.FromHours(7));

        await RunAsync(Keeper("Wednesday 12:00"));

        Assert.Empty(Canaries);
        var (_, member, _, page) = Assert.Single(_bridge.Pages(Wednesday1900));
        Assert.Equal("fpatel", member);
        Assert.True(page.IsNotice);
        Assert.Contains("found nobody on call for after-hours", page.Body, StringComparison.Ordinal);
    }

    private async Task RunAsync(CanaryKeeper keeper)
    {
        await keeper.RunAsync(_bridge.Time.GetUtcNow(), CancellationToken.None);
        await _bridge.CollectAsync();
    }

    public ValueTask DisposeAsync() => _bridge.DisposeAsync();
}
