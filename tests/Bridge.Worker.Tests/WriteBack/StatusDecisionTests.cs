using Bridge.Worker.WriteBack;

namespace Bridge.Worker.Tests.WriteBack;

public sealed class StatusDecisionTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 3, 7, 0, 0, TimeSpan.Zero);
    private static readonly MappedStatus InProgress = new(3, "In Progress");

    [Fact]
    public void Decide_StatusAsTheBridgeLastSawIt_Apply() =>
        Assert.Equal(StatusVerdict.Apply, StatusDecision.Decide(InProgress, new KnownStatus(1, "New", T0.AddMinutes(5)), new KnownStatus(1, "New", T0)).Verdict);

    [Fact]
    public void Decide_StatusChangedSinceTheBridgeRead_KeepsThePersonsChangeAndSaysSo()
    {
        var (verdict, reason) = StatusDecision.Decide(InProgress, new KnownStatus(4, "Waiting Client", T0.AddMinutes(5)), new KnownStatus(1, "New", T0));

        Assert.Equal(StatusVerdict.KeepOthersChange, verdict);
        Assert.Equal("status left at 'Waiting Client': it was changed in ConnectWise after the bridge last read the ticket (then 'New'), so 'In Progress' was not set", reason);
    }

    [Fact]
    public void Decide_AlreadyTheTarget_NothingToWrite() =>
        Assert.Equal(StatusVerdict.AlreadyThere, StatusDecision.Decide(InProgress, new KnownStatus(3, "In Progress", T0), new KnownStatus(1, "New", T0)).Verdict);

    [Fact]
    public void Decide_TicketNeverSeenByTheBridge_Apply() =>
        Assert.Equal(StatusVerdict.Apply, StatusDecision.Decide(InProgress, new KnownStatus(4, "Waiting Client", T0), null).Verdict);

    [Fact]
    public void Baseline_TheBridgesOwnLaterChange_WinsOverTheOlderSnapshot()
    {
        var seen = new KnownStatus(1, "New", T0);
        var applied = new KnownStatus(3, "In Progress", T0.AddMinutes(20));

        Assert.Equal(applied, StatusDecision.Baseline(seen, applied));
        Assert.Equal(seen, StatusDecision.Baseline(seen, applied with { LastUpdated = T0.AddMinutes(-5) }));
        Assert.Equal(seen, StatusDecision.Baseline(seen, null));
        Assert.Equal(applied, StatusDecision.Baseline(null, applied));
        Assert.Null(StatusDecision.Baseline(null, null));
    }
}
