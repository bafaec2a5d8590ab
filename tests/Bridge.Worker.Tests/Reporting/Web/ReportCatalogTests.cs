using Bridge.Worker.Reporting;
using Bridge.Worker.Reporting.Web;
using Bridge.Worker.Routing;
using Bridge.Worker.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace Bridge.Worker.Tests.Reporting.Web;

/// <summary>The period a reader asks for: dates in the MSP's zone (New York), both included; now is 2 December 2026 03:00 there.</summary>
public sealed class ReportCatalogTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero));
    private readonly FixedReport _report = new(days: 7);

    private ReportCatalog Catalog() => new([_report], new TestOptionsMonitor<RoutingOptions>(new RoutingOptions { TimeZone = "America/New_York" }), Time);

    [Fact]
    public void NoDates_TheReportsOwnPeriod_TheSevenDaysBeforeToday()
    {
        var (period, problem) = Catalog().Period(_report, null, null);

        Assert.Null(problem);
        Assert.Equal(new LocalDate(2026, 11, 25), period!.From);
        Assert.Equal(new LocalDate(2026, 12, 1), period.LastDay);
    }

    [Fact]
    public void FromAndTo_BothIncluded()
    {
        var (period, _) = Catalog().Period(_report, "2026-11-01", "2026-11-30");

        Assert.Equal(30, period!.Days);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 4, 0, 0, TimeSpan.Zero), period.Start.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 5, 0, 0, TimeSpan.Zero), period.End.ToUniversalTime());
    }

    [Fact]
    public void OnlyFrom_AsLongAsTheDefault_OnlyTo_EndsThere()
    {
        var (fromOnly, _) = Catalog().Period(_report, "2026-11-01", null);
        var (toOnly, _) = Catalog().Period(_report, null, "2026-11-07");

        Assert.Equal((new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 7)), (fromOnly!.From, fromOnly.LastDay));
        Assert.Equal((new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 7)), (toOnly!.From, toOnly.LastDay));
    }

    [Theory]
    [InlineData("11/01/2026", null, "from '11/01/2026' is not a date: write it as YYYY-MM-DD, e.g. 2026-11-30.")]
    [InlineData("2026-11-30", "2026-11-01", "to (2026-11-01) is before from (2026-11-30): the period runs from one date to a later one, both included.")]
    [InlineData("2025-01-01", "2026-11-30", "the period from 2025-01-01 to 2026-11-30 holds 699 days: a report covers at most 400.")]
    public void WrongDates_SayWhatIsWrong(string? from, string? to, string expected)
    {
        var (period, problem) = Catalog().Period(_report, from, to);

        Assert.Null(period);
        Assert.Equal(expected, problem);
    }

    [Fact]
    public void Find_IgnoresCase_UnknownIsNull()
    {
        Assert.Same(_report, Catalog().Find(" FIXED "));
        Assert.Null(Catalog().Find("nope"));
    }
}
