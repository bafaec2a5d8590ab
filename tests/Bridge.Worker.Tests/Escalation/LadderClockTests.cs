using Bridge.Worker.Escalation.Engine;
using Bridge.Worker.Escalation.Incidents;

namespace Bridge.Worker.Tests.Escalation;

public sealed class LadderClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 7, 0, 0, TimeSpan.Zero);

    private static Incident Ladder(params IncidentStep[] steps) => new() { State = IncidentState.Triggered, LadderStart = Start, OpenedAt = Start, Steps = [.. steps] };

    private static IncidentStep Step(int number, int after, int? every = null, int count = 0, int next = 0) => new()
    {
        Number = number,
        After = TimeSpan.FromMinutes(after),
        RepeatEvery = every is null ? null : TimeSpan.FromMinutes(every.Value),
        RepeatCount = count,
        NextRepeat = next,
    };

    [Fact]
    public void DueSends_SeveralRepeatsMissed_OneSendAsTheLatestOverdueRepeat()
    {
        var due = LadderClock.DueSends(Ladder(Step(1, 0, every: 5, count: 5, next: 1)), Start.AddMinutes(17));

        Assert.Equal([new DueSend(1, 3, Start.AddMinutes(5))], due);
    }

    [Fact]
    public void DueSends_StepsOverdue_EachOnceEarliestFirst()
    {
        var due = LadderClock.DueSends(Ladder(Step(2, 30), Step(1, 15)), Start.AddHours(3));

        Assert.Equal([1, 2], due.Select(d => d.Step));
    }

    [Fact]
    public void NextDueAt_RepeatsSpent_NextStepOrNothing()
    {
        var incident = Ladder(Step(1, 0, every: 5, count: 1, next: 2), Step(2, 15, next: 0));

        Assert.Equal(Start.AddMinutes(15), LadderClock.NextDueAt(incident));
        incident.Steps[1].NextRepeat = 1;
        Assert.Null(LadderClock.NextDueAt(incident));
    }

    [Fact]
    public void NextDueAt_AcknowledgedWithThreshold_TheThreshold()
    {
        var incident = Ladder(Step(1, 0));
        incident.State = IncidentState.Acknowledged;
        incident.ThresholdPolicy = "p1-tier3";
        incident.ThresholdAt = Start.AddHours(2);

        Assert.Equal(Start.AddHours(2), LadderClock.NextDueAt(incident));
    }

    [Theory]
    [InlineData(IncidentState.Resolved)]
    [InlineData(IncidentState.Cancelled)]
    public void NextDueAt_Closed_Nothing(IncidentState state)
    {
        var incident = Ladder(Step(1, 0));
        incident.State = state;
        incident.ThresholdPolicy = "p1-tier3";
        incident.ThresholdAt = Start.AddHours(2);

        Assert.Null(LadderClock.NextDueAt(incident));
    }
}
