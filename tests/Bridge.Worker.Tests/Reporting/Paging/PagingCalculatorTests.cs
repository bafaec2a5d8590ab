using Bridge.Worker.OnCall;
using Bridge.Worker.Reporting;
using Bridge.Worker.Reporting.Paging;
using Bridge.Worker.Tests.Support;
using NodaTime;

namespace Bridge.Worker.Tests.Reporting.Paging;

/// <summary>The paging figures of <see cref="NovemberNights"/>, each worked by hand in the test.</summary>
public sealed class PagingCalculatorTests
{
    private static readonly ReportPeriod November = new(new LocalDate(2026, 11, 1), new LocalDate(2026, 12, 1), RoutingFixtures.NewYork);

    private static IReadOnlyList<ReportTable> Tables() => PagingCalculator.Tables(Inputs(), November);

    private static PagingInputs Inputs() => new(
        NovemberNights.Incidents(),
        NovemberNights.Lines(),
        [
            new OnCallLoad("after-hours", November.Start, November.End,
                new Dictionary<string, TimeSpan> { ["anguyen"] = TimeSpan.FromHours(100), ["bruiz"] = TimeSpan.FromHours(60) }, TimeSpan.FromHours(160), TimeSpan.Zero),
            new OnCallLoad("escalation", November.Start, November.End,
                new Dictionary<string, TimeSpan> { ["cokafor"] = TimeSpan.FromHours(40) }, TimeSpan.FromHours(40), TimeSpan.Zero),
        ],
        RoutingFixtures.Policy(),
        NovemberNights.Now);

    [Fact]
    public void ByPriority_P1_MeanAndNearestRankP90OfBothIncidents()
    {
        // P1: acknowledged after 20 min (#1, across the doubled hour) and 40 min (#2): mean 30; p90 is the ⌈0.9 × 2⌉ = 2nd: 40.
        // Resolved after 100 (#1) and 120 min (#2): mean 110, p90 120. #6 opened before the period, the canary is left out.
        var table = Tables().Table("response-by-priority");

        Assert.Equal(new object?[] { 2, 30.0, 40.0, 2, 110.0, 120.0 }, table.Cells(["P1"], "acknowledged", "tta-mean", "tta-p90", "resolved", "ttr-mean", "ttr-p90"));
        // P2 (#3): acknowledged 11-25 23:00Z → 11-27 15:00Z = 40 h = 2,400 min; not resolved yet.
        Assert.Equal(new object?[] { 1, 2400.0, 2400.0, 0, null, null }, table.Cells(["P2"], "acknowledged", "tta-mean", "tta-p90", "resolved", "ttr-mean", "ttr-p90"));
        Assert.Equal(["P1", "P2"], table.FirstColumn());
        Assert.Contains("nearest-rank", table.Note, StringComparison.Ordinal);
        Assert.Contains("Canary", table.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void ByClient_WaitingOnClientReminder_IsNotAResponse()
    {
        // Contoso Law: #1 and #2 as for P1; its waiting-on-client reminder (#5) is no incident to answer.
        var table = Tables().Table("response-by-client");

        Assert.Equal(new object?[] { 2, 30.0, 40.0, 2, 110.0 }, table.Cells(["Contoso Law"], "acknowledged", "tta-mean", "tta-p90", "resolved", "ttr-mean"));
        Assert.Equal(new object?[] { 1, 2400.0 }, table.Cells(["Northwind Dental"], "acknowledged", "tta-mean"));
        Assert.Equal(["Contoso Law", "Northwind Dental"], table.FirstColumn());
    }

    [Fact]
    public void ByTechnician_AcknowledgeByWhoAcknowledged_ResolveByWhoResolved()
    {
        // Anh acknowledged #1 (20) and resolved it (100); Bea #2 (40, 120) although Anh was paged first; Chidi #3 (2,400).
        var table = Tables().Table("response-by-technician");

        Assert.Equal(new object?[] { 1, 20.0, 1, 100.0 }, table.Cells(["Anh Nguyen"], "acknowledged", "tta-mean", "resolved", "ttr-mean"));
        Assert.Equal(new object?[] { 1, 40.0, 1, 120.0 }, table.Cells(["Bea Ruiz"], "acknowledged", "tta-mean", "resolved", "ttr-mean"));
        Assert.Equal(new object?[] { 1, 2400.0, 0 }, table.Cells(["Chidi Okafor"], "acknowledged", "tta-mean", "resolved"));
    }

    [Fact]
    public void ByChannel_LinkAcknowledgement_CountsUnderThePageThatReachedThePerson()
    {
        // #1 by link after an SMS page: sms; #2 by link after Bea's e-mail (Anh's SMS was not hers): email; #3 an SMS reply: sms.
        // sms: 20 and 2,400 min, mean 1,210, p90 2,400; resolved #1 (100). email: 40; resolved #2 (120).
        var table = Tables().Table("response-by-channel");

        Assert.Equal(new object?[] { 2, 1210.0, 2400.0, 1, 100.0 }, table.Cells(["sms"], "acknowledged", "tta-mean", "tta-p90", "resolved", "ttr-mean"));
        Assert.Equal(new object?[] { 1, 40.0, 1, 120.0 }, table.Cells(["email"], "acknowledged", "tta-mean", "resolved", "ttr-mean"));
        Assert.DoesNotContain("link", table.FirstColumn());
    }

    [Fact]
    public void Load_PagesAndOnCallHours_WithTheirShares()
    {
        // Pages: Anh #1 and #2 step 1 = 2 (the canary's and #6's are not counted); Bea #2 step 2 and the reminder #5 = 2;
        // Chidi #3 = 1; 5 in all → 0.4 / 0.4 / 0.2. On-call hours over both schedules: 100 / 60 / 40 of 200 → 0.5 / 0.3 / 0.2.
        var table = Tables().Table("load");

        Assert.Equal(new object?[] { 2, 0.4, 100.0, 0.5, 1 }, table.Cells(["Anh Nguyen"], "pages", "pages-share", "oncall-hours", "oncall-share", "acknowledged"));
        Assert.Equal(new object?[] { 2, 0.4, 60.0, 0.3, 1 }, table.Cells(["Bea Ruiz"], "pages", "pages-share", "oncall-hours", "oncall-share", "acknowledged"));
        Assert.Equal(new object?[] { 1, 0.2, 40.0, 0.2, 1 }, table.Cells(["Chidi Okafor"], "pages", "pages-share", "oncall-hours", "oncall-share", "acknowledged"));
    }

    [Fact]
    public void AfterHoursClients_OnlyAfterHoursIncidents_WithPagesAndAcknowledgeTimes()
    {
        // Contoso Law at night: #1 (1 page) and #2 (2 pages) = 2 incidents, 3 pages, both acknowledged, 20 and 40 min.
        // Northwind's #3 is an SLA incident and the reminder is waiting on the client: neither is an after-hours incident.
        var table = Tables().Table("after-hours-clients");

        Assert.Equal(new object?[] { 2, 3, 2, 30.0, 40.0 }, table.Cells(["Contoso Law"], "incidents", "pages", "acknowledged", "tta-mean", "tta-p90"));
        Assert.Equal(["Contoso Law"], table.FirstColumn());
    }

    [Fact]
    public void Ladder_EachStepReached_NamesItsTargetsAndShareOfThePolicy()
    {
        // p1-assigned ran for #1 and #2: step 1 reached by both (1.0); step 2, the dispatcher, only by #2 (0.5); step 3 never.
        var table = Tables().Table("ladder");

        Assert.Equal(new object?[] { "assigned", 2, 2, 1.0 }, table.Cells(["p1-assigned", 1], "targets", "incidents", "sends", "share"));
        Assert.Equal(new object?[] { "role:Dispatcher", 1, 1, 0.5 }, table.Cells(["p1-assigned", 2], "targets", "incidents", "sends", "share"));
        Assert.Equal(new object?[] { "schedule:after-hours", 1, 1.0 }, table.Cells(["p2", 1], "targets", "incidents", "share"));
        Assert.Equal(new object?[] { "assigned", 1 }, table.Cells(["waiting", 1], "targets", "incidents"));
        Assert.Equal(4, table.Rows.Count);
        Assert.DoesNotContain(table.Rows, r => Equals(r[0], "canary"));
    }

    [Fact]
    public void Sla_PerPriority_InternalClientAndThreshold()
    {
        // P1 internal (30 min): #1 acknowledged 06:10 ≤ 06:20 met; #2 03:40 > 03:30 missed → 1 of 2.
        // P1 client (1 h of business time): both at night, 0 business minutes → 2 of 2.
        // P1 threshold (2 h): #1 resolved 07:30 ≤ 07:50, #2 05:00 ≤ 05:00 → 2 of 2.
        // P2 internal: due 11-25 23:00Z, acknowledged 11-27 → missed. Client (4 h): Wed 16–17 + Thanksgiving 0 + Fri 08–10 = 3 h → met
        // (12 h had the holiday been counted). Threshold 11-26 05:00Z passed, unresolved at "now" → missed.
        var table = Tables().Table("sla");

        Assert.Equal(
            new object?[] { 2, 1, 0.5, 2, 2, 1.0, 2, 2, 1.0 },
            table.Cells(["P1"], "internal-measured", "internal-met", "internal-met-share", "client-measured", "client-met", "client-met-share", "threshold-measured", "threshold-met", "threshold-met-share"));
        Assert.Equal(
            new object?[] { 1, 0, 0.0, 1, 1, 1.0, 1, 0, 0.0 },
            table.Cells(["P2"], "internal-measured", "internal-met", "internal-met-share", "client-measured", "client-met", "client-met-share", "threshold-measured", "threshold-met", "threshold-met-share"));
    }

    [Fact]
    public void Sla_IncidentStillOpenBeforeItsDueTime_IsNotMeasuredYet()
    {
        // #2 as if "now" were 03:20Z: not acknowledged yet, internal response due 03:30Z → not counted; #1 alone counts.
        var inputs = Inputs() with { Now = NovemberNights.At("2026-11-11T03:20:00Z") };
        var incidents = inputs.Incidents.ToList();
        var open = incidents.Single(i => i.Id == 2);
        (open.State, open.AcknowledgedAt, open.AcknowledgedBy, open.ClosedAt) = (Bridge.Worker.Escalation.Incidents.IncidentState.Triggered, null, null, null);
        var lines = inputs.Lines.Where(l => l.IncidentId != "2" || l.At <= inputs.Now).ToList();

        var table = PagingCalculator.Tables(inputs with { Incidents = incidents, Lines = lines }, November).Table("sla");

        Assert.Equal(new object?[] { 1, 1, 1 }, table.Cells(["P1"], "internal-measured", "internal-met", "threshold-measured"));
    }
}
