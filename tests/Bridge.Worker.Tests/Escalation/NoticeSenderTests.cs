using Bridge.Connectors.Notifications;
using Bridge.Worker.Escalation.Delivery;
using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.Escalation;

/// <summary>
/// Notices through the delivery lanes over the shipped configuration: to a role, once per key, through the first
/// contact only when asked, and written as notices (no ticket facts, no action links).
/// </summary>
public sealed class NoticeSenderTests : IAsyncDisposable
{
    private readonly EscalationFixture _bridge = new(OnCallFixtures.Ny(2026, 11, 24, 2));

    private NoticeSender Notices => _bridge.Get<NoticeSender>();

    [Fact]
    public async Task NoticeToARole_SentAsANoticeToEachOfItsPeople()
    {
        var result = Notices.SendToRole(new Notice("gap:after-hours:1", "Gap in after-hours", "Nobody is on call Friday 17:00–20:00."), "Dispatcher");

        Assert.Equal(NoticeOutcome.Queued, result.Outcome);
        Assert.Equal(["Farah Patel"], result.Told);
        await _bridge.Get<DeliveryLanes>().RunAllPendingAsync(CancellationToken.None);
        var (page, to) = Assert.Single(_bridge.Sms.Sent);
        Assert.Equal("fpatel", to.PersonId);
        Assert.True(page.IsNotice);
        Assert.Equal("Nobody is on call Friday 17:00–20:00.", page.Body);
        Assert.Empty(_bridge.Email.Sent);
    }

    [Fact]
    public async Task SameKeyAgain_NotSentTwice()
    {
        var notice = new Notice("alarm:connectwise:1", "ConnectWise unreachable", "Polling has failed for 10 minutes.");
        Notices.SendToRole(notice, "Dispatcher");
        await _bridge.Get<DeliveryLanes>().RunAllPendingAsync(CancellationToken.None);

        var again = Notices.SendToRole(notice, "Dispatcher");
        await _bridge.Get<DeliveryLanes>().RunAllPendingAsync(CancellationToken.None);

        Assert.Equal(NoticeOutcome.AlreadySent, again.Outcome);
        Assert.Single(_bridge.Sms.Sent);
    }

    [Fact]
    public async Task FirstContactOnly_AFailedSmsDoesNotFallBackToEmail()
    {
        _bridge.Sms.Then(DeliveryResult.Failed("unreachable", transient: false));
        Notices.Send(new Notice("handoff:1", "On call", "You are on call from 17:00.", NoticeReach.FirstContact), ["anguyen"]);

        await _bridge.Get<DeliveryLanes>().RunAllPendingAsync(CancellationToken.None);

        Assert.Single(_bridge.Sms.Sent);
        Assert.Empty(_bridge.Email.Sent);
        Assert.Equal(PageRequestState.Failed, Assert.Single(Notices.Sent("handoff:", 10)).State);
    }

    [Fact]
    public async Task UntilReached_AFailedSmsFallsBackToEmail()
    {
        _bridge.Sms.Then(DeliveryResult.Failed("unreachable", transient: false));
        Notices.Send(new Notice("alarm:2", "Bridge sick", "The state file's disk is 95% full."), ["anguyen"]);

        await _bridge.Get<DeliveryLanes>().RunAllPendingAsync(CancellationToken.None);

        var (page, to) = Assert.Single(_bridge.Email.Sent);
        Assert.Equal("Bridge sick", page.Subject);
        Assert.Equal(PageRequestState.Reached, Assert.Single(Notices.Sent("alarm:", 10)).State);
    }

    [Fact]
    public void NobodyWithAContact_SaysSo()
    {
        var result = Notices.Send(new Notice("alarm:3", "x", "y"), ["nobody-here"]);

        Assert.Equal(NoticeOutcome.NobodyToTell, result.Outcome);
        Assert.Equal(["nobody-here"], result.Missed);
    }

    public ValueTask DisposeAsync() => _bridge.DisposeAsync();
}
