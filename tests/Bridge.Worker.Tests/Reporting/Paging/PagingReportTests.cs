using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Policies;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.OnCall;
using Bridge.Worker.Reporting;
using Bridge.Worker.Reporting.Paging;
using Bridge.Worker.Routing;
using Bridge.Worker.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace Bridge.Worker.Tests.Reporting.Paging;

/// <summary>The report end to end: incidents and timeline lines written through the stores into a LiteDB file, read back and counted.</summary>
public sealed class PagingReportTests : IDisposable
{
    private readonly StateFile _state = new(NovemberNights.Now);
    private readonly FakeTimeProvider _time = new(NovemberNights.Now);

    public void Dispose() => _state.Dispose();

    [Fact]
    public async Task BuildAsync_TheDstNight_CountsTheIncidentOfThatDayAndItsTwentyFiveOnCallHours()
    {
        var report = Report();
        var night = new ReportPeriod(new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 2), RoutingFixtures.NewYork);

        var result = await report.BuildAsync(night, CancellationToken.None);

        // 2026-11-01 in New York is 04:00Z to 05:00Z the next day: 25 hours, all of them Anh's (the only person on call).
        // In it: #1 (05:50Z), acknowledged after 20 min; #6 (03:00Z) was Saturday night local time, the canary is left out.
        var load = result.Tables.Table("load");
        Assert.Equal(new object?[] { 1, 1.0, 25.0, 1.0 }, load.Cells(["Anh Nguyen"], "pages", "pages-share", "oncall-hours", "oncall-share"));
        Assert.Equal(new object?[] { 1, 20.0, 1, 100.0 }, result.Tables.Table("response-by-priority").Cells(["P1"], "acknowledged", "tta-mean", "resolved", "ttr-mean"));
        Assert.Equal(new object?[] { 1, 1, 1 }, result.Tables.Table("sla").Cells(["P1"], "internal-met", "client-met", "threshold-met"));
        Assert.Equal("paging", result.Name);
    }

    [Fact]
    public async Task BuildAsync_TheDefaultPeriod_IsTheLastThirtyDaysAndMatchesTheCalculator()
    {
        var report = Report();
        var period = report.DefaultPeriod(_time.GetUtcNow(), RoutingFixtures.NewYork);

        var result = await report.BuildAsync(period, CancellationToken.None);

        Assert.Equal((new LocalDate(2026, 11, 1), new LocalDate(2026, 12, 1)), (period.From, period.To));
        // As PagingCalculatorTests worked out: Contoso Law's two nights, 3 pages; P2's client response met across Thanksgiving.
        Assert.Equal(new object?[] { 2, 3 }, result.Tables.Table("after-hours-clients").Cells(["Contoso Law"], "incidents", "pages"));
        Assert.Equal(new object?[] { 1, 1 }, result.Tables.Table("sla").Cells(["P2"], "client-measured", "client-met"));
        Assert.Equal(["response-by-priority", "response-by-client", "response-by-technician", "response-by-channel", "load", "after-hours-clients", "ladder", "sla"],
            result.Tables.Select(t => t.Key));
        Assert.Contains(result.Notes, n => n.Contains("Canary", StringComparison.Ordinal));
    }

    private PagingReport Report()
    {
        var incidents = new IncidentStore(_state.Database);
        var timeline = new IncidentTimeline(_state.Database);
        _state.Database.Write(() =>
        {
            foreach (var incident in NovemberNights.Incidents())
            {
                incidents.Insert(incident);
            }

            foreach (var line in NovemberNights.Lines())
            {
                timeline.Insert(line);
            }
        });

        var onCall = OnCallFixtures.Options(OnCallFixtures.Weekly("nights", "anguyen"));
        onCall.People = [OnCallFixtures.Person("anguyen", "Anh Nguyen"), OnCallFixtures.Person("bruiz", "Bea Ruiz"), OnCallFixtures.Person("cokafor", "Chidi Okafor")];
        return new PagingReport(
            incidents,
            timeline,
            new OnCallResolver(OnCallFixtures.Compile(onCall), null),
            new RoutingPolicyProvider(new TestOptionsMonitor<RoutingOptions>(RoutingFixtures.Options())),
            new TestOptionsMonitor<EscalationOptions>(new EscalationOptions()),
            new TestOptionsMonitor<OnCallOptions>(onCall),
            _time);
    }
}
