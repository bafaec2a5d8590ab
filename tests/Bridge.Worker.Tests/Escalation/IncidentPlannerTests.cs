using Bridge.Worker.Escalation.Engine;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Routing;
using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.Escalation;

/// <summary>From a routing decision to the incident it calls for, with no I/O.</summary>
public sealed class IncidentPlannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 7, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromHours(2);

    [Theory]
    [InlineData(-10, -10)] // entered ten minutes ago: the ladder started then
    [InlineData(-119, -119)] // still inside the cold-start window
    [InlineData(-121, 0)] // seen late (first start, outage): the ladder starts now
    [InlineData(5, 0)] // entered "in the future" (clock skew): now
    public void Plan_PageNow_AfterHoursLadderFromEntryOrNow(int enteredMinutes, int startMinutes)
    {
        var plan = IncidentPlanner.Plan(Decision(Disposition.PageNow), Now.AddMinutes(enteredMinutes), Now, Window, "business-hours", _ => true, Show);

        Assert.NotNull(plan);
        Assert.Equal(IncidentCause.AfterHours, plan.Cause);
        Assert.Equal("p1-unassigned", plan.Policy);
        Assert.Equal(Now.AddMinutes(startMinutes), plan.LadderStart);
        Assert.Equal("P1 emergency outside business hours (Included24x7)", plan.Why);
    }

    [Fact]
    public void Plan_PageNowOnAPolicyNoLongerConfigured_None() =>
        Assert.Null(IncidentPlanner.Plan(Decision(Disposition.PageNow), Now, Now, Window, "business-hours", _ => false, Show));

    [Fact]
    public void Plan_BusinessHoursWithAResponseDue_SlaIncidentThatWaitsForIt()
    {
        var plan = IncidentPlanner.Plan(Decision(Disposition.BusinessHours, responseDue: Now.AddMinutes(30)), Now, Now, Window, " business-hours ", _ => true, Show);

        Assert.NotNull(plan);
        Assert.Equal(IncidentCause.Sla, plan.Cause);
        Assert.Equal("business-hours", plan.Policy);
        Assert.Equal(Now.AddMinutes(30), plan.LadderStart);
        Assert.Equal("P1 in business hours: pages if nobody responds by 07:30", plan.Why);
    }

    [Fact]
    public void Plan_BusinessHoursResponseAlreadyOverdue_LadderStartsNow() =>
        Assert.Equal(Now, IncidentPlanner.Plan(Decision(Disposition.BusinessHours, responseDue: Now.AddMinutes(-5)), Now, Now, Window, "business-hours", _ => true, Show)?.LadderStart);

    [Theory]
    [InlineData(Disposition.NextBusinessDay, "business-hours", 30)]
    [InlineData(Disposition.BusinessHours, "", 30)]
    [InlineData(Disposition.BusinessHours, "business-hours", null)]
    public void Plan_NothingToPageFor_None(Disposition disposition, string businessHoursPolicy, int? dueMinutes) =>
        Assert.Null(IncidentPlanner.Plan(Decision(disposition, dueMinutes is { } m ? Now.AddMinutes(m) : null), Now, Now, Window, businessHoursPolicy, _ => true, Show));

    [Theory]
    [InlineData(null, false)]
    [InlineData(-120, false)]
    [InlineData(-121, true)]
    public void SeenLate_ByTheColdStartWindow(int? enteredMinutes, bool late) =>
        Assert.Equal(late, IncidentPlanner.SeenLate(enteredMinutes is { } m ? Now.AddMinutes(m) : null, Now, Window));

    private static string Show(DateTimeOffset at) => at.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static RoutingDecision Decision(Disposition disposition, DateTimeOffset? responseDue = null) =>
        RoutingFixtures.Decision(Now, disposition, responseDue: responseDue);
}
