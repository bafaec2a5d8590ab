using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.Escalation;

/// <summary>
/// A step that finds nobody to page does not burn its wait: the shipped P1-unassigned ladder with its first step
/// limited to Teams, which Dana Schmidt (on call, SMS and Slack) has not, pages the dispatcher at once instead of at
/// 15 minutes. 02:00 on Tuesday 24 November 2026 in New York.
/// </summary>
public sealed class FallThroughTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Start = OnCallFixtures.Ny(2026, 11, 24, 2);
    private readonly EscalationFixture _bridge = new(Start, new Dictionary<string, string?>
    {
        ["Escalation:Policies:p1-unassigned:Steps:0:Channels:0"] = "teams",
    });

    [Fact]
    public async Task FirstStepPagesNobody_NextStepPagedAtOnceAndTheTimelineSaysWhy()
    {
        await _bridge.ChangeAsync(EscalationFixture.Ticket(701, entered: Start));
        await _bridge.AdvanceAsync(TimeSpan.FromMinutes(21));

        // The dispatcher at 0 (not 15), the service manager at 20 as the ladder has it; the empty step's repeats
        // (every 5 minutes) page nobody and pull nothing else forward.
        Assert.Equal(["0 fpatel", "20 gmoreau"], _bridge.Pages(Start).Select(p => $"{p.Minute:0} {p.Member}").ToList());
        var lines = _bridge.Timeline.ForTicket(701);
        Assert.Contains(lines, e => e.Kind == TimelineKind.TargetSkipped && e.Text == "passed over Dana Schmidt: no teams contact method configured");
        Assert.Contains(lines, e => e.Kind == TimelineKind.StepCompleted && e.Text == "step 1 paged nobody: step 2 is paged now, not at 02:15");
    }

    public ValueTask DisposeAsync() => _bridge.DisposeAsync();
}
