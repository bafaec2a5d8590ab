using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.OnCall;
using Bridge.Worker.Reporting.Reviews;

namespace Bridge.Worker.Tests.Reporting.Reviews;

public sealed class ReviewAskTests
{
    private static readonly Person Dana = new("dschmidt", "Dana Schmidt", "America/New_York", []);
    private static readonly Person Anh = new("anguyen", "Anh Nguyen", "America/New_York", []);

    private static Person? Find(string member) => new[] { Dana, Anh }.FirstOrDefault(p => string.Equals(p.Member, member, StringComparison.OrdinalIgnoreCase));

    private static TimelineEntry Resolved(string? by) => new() { Id = 9, IncidentId = "7", Kind = TimelineKind.Resolved, PersonId = by };

    private static Incident Incident(string? acknowledgedBy, string cause = IncidentCause.AfterHours) =>
        new() { Id = 7, Cause = cause, State = IncidentState.Resolved, AcknowledgedBy = acknowledgedBy };

    [Fact]
    public void Decide_ResolvedBySomeoneElseThanTheAcknowledger_TheResolver() =>
        Assert.Equal(Anh, ReviewAsk.Decide(Resolved("anguyen"), Incident("dschmidt"), Find).Person);

    [Fact]
    public void Decide_ClosedInConnectWiseByNobodyKnown_TheAcknowledger() =>
        Assert.Equal(Dana, ReviewAsk.Decide(Resolved("cw-admin"), Incident("dschmidt"), Find).Person);

    [Fact]
    public void Decide_NobodyActed_NobodyAskedAndWhy()
    {
        var (person, skipped) = ReviewAsk.Decide(Resolved(null), Incident(null), Find);

        Assert.Null(person);
        Assert.Contains("nobody", skipped, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_Canary_NotReviewed()
    {
        var (person, skipped) = ReviewAsk.Decide(Resolved("dschmidt"), Incident("dschmidt", IncidentCause.Canary), Find);

        Assert.Null(person);
        Assert.Equal("a canary incident", skipped);
    }

    [Fact]
    public void Handlers_SamePersonResolvedAndAcknowledged_Once() =>
        Assert.Equal(["dschmidt"], ReviewAsk.Handlers(Resolved("dschmidt"), Incident("DSchmidt")));
}
