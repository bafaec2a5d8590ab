using Bridge.Worker.Reporting;
using Bridge.Worker.Reporting.ServiceDesk;
using Bridge.Worker.Tests.Support;
using NodaTime;

namespace Bridge.Worker.Tests.Reporting.ServiceDesk;

/// <summary>The service-desk arithmetic with numbers worked by hand.</summary>
public sealed class ServiceDeskCalculatorTests
{
    private static readonly LoggedTime[] Day =
    [
        new("anguyen", "Anh Nguyen", "Regular", "ServiceTicket", "Billable", 2.5m, 2.5m),
        new("anguyen", "Anh Nguyen", "Onsite", "ServiceTicket", "Billable", 3m, 3m),
        new("bruiz", "Beatriz Ruiz", "No Charge", "ServiceTicket", "NoCharge", 1.5m, 0m),
        new("bruiz", "Beatriz Ruiz", "Regular", "ServiceTicket", "DoNotBill", 0.5m, 0m),
        new("ejohansson", "Erik Johansson", "On-Site", "ProjectTicket", "Billable", 2m, 2m),
        new("ejohansson", "Erik Johansson", "Regular", "ProjectIssue", "NoCharge", 1m, 0m),
    ];

    [Fact]
    public void HoursByKind_DefaultRules_ProjectBeforeOnsiteBeforeNonBillable()
    {
        var hours = ServiceDeskCalculator.HoursByKind(Day, HourKindClassifier.From(new ServiceDeskOptions()));

        Assert.Equal(
        [
            new HoursOfKind(HourKinds.ManagedServices, 2.5m, 2.5m),
            new HoursOfKind(HourKinds.Project, 3m, 2m),
            new HoursOfKind(HourKinds.NonBillable, 2m, 0m),
            new HoursOfKind(HourKinds.Onsite, 3m, 3m),
        ], hours);
    }

    [Fact]
    public void HoursByKind_ConfiguredRules_ReplaceTheDefaults()
    {
        var options = new ServiceDeskOptions
        {
            HourKinds = [new() { WorkType = "regular", Kind = "onsite" }],
            DefaultHourKind = "nonBillable",
        };

        var hours = ServiceDeskCalculator.HoursByKind(Day, HourKindClassifier.From(options));

        Assert.Equal(4m, hours.Single(h => h.Kind == HourKinds.Onsite).Logged);
        Assert.Equal(6.5m, hours.Single(h => h.Kind == HourKinds.NonBillable).Logged);
        Assert.Equal(0m, hours.Single(h => h.Kind == HourKinds.Project).Logged);
    }

    [Fact]
    public void BusinessDays_WeekWithDstNightAndThanksgiving_CountsDatesNotHours()
    {
        var calendar = RoutingFixtures.Calendar(holidayRules: "fourth Thursday of November");
        var zone = calendar.Zone;

        // 2026-03-07 (Sat) – 2026-03-13 (Fri): the clock moves on Sunday 8 March; five business days all the same.
        var dstWeek = new ReportPeriod(new LocalDate(2026, 3, 7), new LocalDate(2026, 3, 14), zone);
        // 2026-11-01 (Sun, clocks back) – 2026-11-01 only: a 25-hour Sunday is no business day.
        var fallBack = new ReportPeriod(new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 2), zone);
        // Thanksgiving week: Monday–Friday minus Thursday 26 November.
        var thanksgiving = new ReportPeriod(new LocalDate(2026, 11, 23), new LocalDate(2026, 11, 28), zone);

        Assert.Equal(5, AvailableHours.BusinessDays(calendar, dstWeek));
        Assert.Equal(0, AvailableHours.BusinessDays(calendar, fallBack));
        Assert.Equal(25, (fallBack.End - fallBack.Start).TotalHours);
        Assert.Equal(4, AvailableHours.BusinessDays(calendar, thanksgiving));
        Assert.Equal(5, AvailableHours.BusinessDaysPerWeek(calendar.Hours));
    }

    [Fact]
    public void Utilization_ThanksgivingWeek_BillableOverFourBusinessDays()
    {
        var calendar = RoutingFixtures.Calendar(holidayRules: "fourth Thursday of November");
        var week = new ReportPeriod(new LocalDate(2026, 11, 23), new LocalDate(2026, 11, 28), calendar.Zone);
        var technicians = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase) { ["bruiz"] = 4m, ["cokafor"] = 8m };

        var rows = ServiceDeskCalculator.Utilization(Day, technicians, 8m, AvailableHours.BusinessDays(calendar, week));

        // anguyen: 5.5 billable / (4 × 8) = 0.171875; bruiz (half days): 0 / 16; cokafor logged nothing; ejohansson 2 / 32.
        Assert.Equal(["Anh Nguyen", "Beatriz Ruiz", "cokafor", "Erik Johansson"], rows.Select(r => r.Name));
        Assert.Equal([32m, 16m, 32m, 32m], rows.Select(r => r.Available));
        Assert.Equal([0.171875m, 0m, 0m, 0.0625m], rows.Select(r => r.Utilization!.Value));
        Assert.Equal(2m, rows.Single(r => r.Member == "bruiz").Logged);
    }

    [Fact]
    public void Utilization_NoBusinessDay_NoFigureRatherThanADivisionByZero()
    {
        var rows = ServiceDeskCalculator.Utilization(Day, new Dictionary<string, decimal>(), 8m, businessDays: 0);

        Assert.All(rows, r => Assert.Null(r.Utilization));
    }

    [Fact]
    public void Backlog_ThreeTicketsTwoTechnicians_PipeOverWeeklyHours()
    {
        // 10 − 4 = 6, 3 − 5 → 0 (overrun), 4 − 0 = 4: 10 h; two technicians at 8 and 4 h a day × 5 days = 60 h a week.
        var backlog = ServiceDeskCalculator.Backlog([new PipeTicket(1, 10m, 4m), new PipeTicket(2, 3m, 5m), new PipeTicket(3, 4m, 0m)], [8m, 4m], 5);

        Assert.Equal(new Backlog(3, 10m, 2, 60m, 10m / 60m), backlog);
    }

    [Fact]
    public void Backlog_NoTechnician_NoWeeks()
    {
        Assert.Null(ServiceDeskCalculator.Backlog([new PipeTicket(1, 10m, 0m)], [], 5).Weeks);
    }
}
