using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.Escalation;

/// <summary>
/// Alert until acknowledged, on the shipped configuration: the P1-unassigned ladder's own sends end at 60 min (the
/// dispatcher's last repeat); at 75 the fallback (dispatcher, service manager, service director) is told who was tried,
/// then the last step (the director) pages every 15 minutes until someone acknowledges or the 2 h threshold moves the
/// ticket to tier 3. 02:00 on Tuesday 24 November 2026 in New York; Dana Schmidt on call.
/// </summary>
public sealed class AlertUntilAcknowledgedTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Start = OnCallFixtures.Ny(2026, 11, 24, 2);
    private EscalationFixture _bridge = new(Start);

    [Fact]
    public async Task P1UnassignedNobodyAnswers_KeepsPagingPast60AndPagesTheFallbackWhenExhausted()
    {
        await _bridge.ChangeAsync(EscalationFixture.Ticket(801, entered: Start));
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(119));

        Assert.Equal(["60 fpatel", "75 fpatel", "75 gmoreau", "75 hwalker", "90 hwalker", "105 hwalker"], SentFrom(60));
        var fallback = _bridge.Pages(Start).Where(p => p.Minute == 75).Select(p => p.Page.Summary).Distinct().Single();
        Assert.Equal("Nobody acknowledged in 1 h 15 min (tried Dana Schmidt ×6, Farah Patel ×4, Gabriel Moreau, Helen Walker) — Server down at the front desk", fallback);
        Assert.Contains(_bridge.Timeline.ForTicket(801), e => e.Kind == TimelineKind.StepStarted && e.Step == 5
            && e.Text.StartsWith("Nobody acknowledged in 1 h 15 min", StringComparison.Ordinal) && e.Text.EndsWith("fallback role:Dispatcher, role:ServiceManager, role:ServiceDirector", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AcknowledgedAfterTheFallback_NothingMoreUntilTheThreshold()
    {
        await _bridge.ChangeAsync(EscalationFixture.Ticket(802, entered: Start));
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(80));
        var incident = Assert.Single(_bridge.Incidents.OpenForTicket(802));

        await _bridge.Actions.AcknowledgeAsync(incident.Key, "gmoreau", TimelineChannels.Link, CancellationToken.None);
        _bridge.Work.Signs.Add((802, new Bridge.Worker.Escalation.Engine.WorkSign(Start.AddMinutes(100), "time entry", "gmoreau")));
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(39));

        Assert.Equal(["75 fpatel", "75 gmoreau", "75 hwalker"], SentFrom(61));
    }

    [Fact]
    public async Task GiveUpAfterAnHour_FallbackAtTheHourThenSilenceWithALine()
    {
        await _bridge.DisposeAsync();
        _bridge = new EscalationFixture(Start, new Dictionary<string, string?> { ["Escalation:Policies:p1-unassigned:GiveUpAfter"] = "01:00:00" });
        await _bridge.ChangeAsync(EscalationFixture.Ticket(803, entered: Start));
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(110));

        // The dispatcher's own repeat at 60 is the give-up instant: the fallback takes its place.
        Assert.Equal(["60 fpatel", "60 gmoreau", "60 hwalker"], SentFrom(46));
        var incident = Assert.Single(_bridge.Incidents.OpenForTicket(803));
        Assert.True(incident.GaveUp);
        Assert.Equal(IncidentState.Triggered, incident.State);
        Assert.Contains(_bridge.Timeline.ForTicket(803), e => e.Text == "gave up at 03:00: nobody acknowledged in 1 h; nobody is paged on this ladder any more");
    }

    [Fact]
    public async Task PolicyTurnsRepeatsOff_FallbackOnceThenNothing()
    {
        await _bridge.DisposeAsync();
        _bridge = new EscalationFixture(Start, new Dictionary<string, string?> { ["Escalation:Policies:p1-unassigned:RepeatLastEvery"] = "00:00:00" });
        await _bridge.ChangeAsync(EscalationFixture.Ticket(804, entered: Start));
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(119));

        Assert.Equal(["75 fpatel", "75 gmoreau", "75 hwalker"], SentFrom(61));
    }

    private List<string> SentFrom(int minute) =>
        _bridge.Pages(Start).Where(p => p.Minute >= minute).Select(p => $"{p.Minute:0} {p.Member}").ToList();

    public ValueTask DisposeAsync() => _bridge.DisposeAsync();
}
