using Bridge.Connectors.Notifications;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.Escalation;

/// <summary>
/// A step that finds nobody is no silence, on the shipped configuration at 02:00 on Tuesday 24 November 2026 in New York:
/// a gap in the after-hours rotation is reported to its owner (the dispatcher role) once, and a step whose every page
/// failed on every contact method brings the next step forward like an empty one.
/// </summary>
public sealed class HoleTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Start = OnCallFixtures.Ny(2026, 11, 24, 2);
    private EscalationFixture _bridge = new(Start);

    [Fact]
    public async Task GapInTheRotation_DispatcherPagedAtOnceAndToldOfTheHoleOnce()
    {
        await _bridge.DisposeAsync();
        // Weeknights covered only until 01:00, the rotation meant to cover every hour: a gap at 02:00.
        _bridge = new EscalationFixture(Start, new Dictionary<string, string?>
        {
            ["OnCall:Schedules:0:Coverage:0:Days:0"] = "Monday-Sunday",
            ["OnCall:Schedules:0:Coverage:0:From"] = "00:00",
            ["OnCall:Schedules:0:Coverage:0:To"] = "00:00",
            ["OnCall:Schedules:0:Layers:0:Restrictions:0:From"] = "17:00",
            ["OnCall:Schedules:0:Layers:0:Restrictions:0:To"] = "01:00",
        });
        await _bridge.ChangeAsync(EscalationFixture.Ticket(1101, entered: Start));
        // A second ticket in the same gap: the owner is not told twice.
        await _bridge.ChangeAsync(EscalationFixture.Ticket(1102, company: "ContosoLaw", summary: "Exchange down", entered: Start));

        var notices = _bridge.Sms.Sent.Where(s => s.Page.IsNotice).ToList();
        var (notice, to) = Assert.Single(notices);
        Assert.Equal("fpatel", to.PersonId);
        Assert.StartsWith("Ticket #1101 (Northwind", notice.Body, StringComparison.Ordinal);
        Assert.Contains("found nobody on call in after-hours at 02:00", notice.Body, StringComparison.Ordinal);
        Assert.Contains("bridge oncall override --schedule after-hours --person MEMBER --from 2026-11-24T02:00-05:00", notice.Body, StringComparison.Ordinal);
        Assert.Contains(_bridge.Pages(Start), p => p.Member == "fpatel" && !p.Page.IsNotice && p.Minute == 0);
        Assert.Contains(_bridge.Timeline.ForTicket(1101), e => e.Kind == TimelineKind.Note && e.Text == "the gap in after-hours was reported to its owner (Farah Patel)");
    }

    [Fact]
    public async Task EveryMethodFailsOnTheFirstStep_NextStepPagedAtOnce()
    {
        _bridge.Sms.Default = DeliveryResult.Failed("unreachable subscriber", transient: false);
        _bridge.Slack.Default = DeliveryResult.Failed("channel_not_found", transient: false);

        await _bridge.ChangeAsync(EscalationFixture.Ticket(1103, entered: Start));
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(1));

        // Dana Schmidt (SMS, Slack) unreachable at 02:00: the dispatcher (SMS fails, e-mail works) is paged at 02:00, not 02:15.
        Assert.Contains(_bridge.Email.Sent, s => s.To.PersonId == "fpatel");
        Assert.Contains(_bridge.Timeline.ForTicket(1103), e => e.Kind == TimelineKind.StepCompleted
            && e.Text == "step 1 reached nobody (every contact method failed): step 2 is paged now, not at 02:15");
    }

    public ValueTask DisposeAsync() => _bridge.DisposeAsync();
}
