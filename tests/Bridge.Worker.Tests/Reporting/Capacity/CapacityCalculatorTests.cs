using Bridge.Worker.Reporting;
using Bridge.Worker.Reporting.Capacity;
using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.Reporting.Capacity;

/// <summary>Seed 003's capacity table, every figure, from its inputs and the constants it implies.</summary>
public sealed class CapacityCalculatorTests
{
    private static readonly CapacityOptions Seed = new()
    {
        TicketsPerYear = new(StringComparer.OrdinalIgnoreCase) { ["tier1"] = 30_000, ["tier2"] = 2_100, ["tier3"] = 900, ["onsite"] = 3_000 },
        Technicians = new(StringComparer.OrdinalIgnoreCase) { ["tier1"] = 20, ["tier2"] = 3, ["tier3"] = 1, ["onsite"] = 5 },
        Dispatchers = 1,
    };

    [Fact]
    public void Plan_Seed003Inputs_ReproducesEveryFigureOfTheTable()
    {
        var plan = CapacityCalculator.Plan(CapacityReport.Inputs(Seed, t => Seed.TicketsPerYear[t]));

        Assert.Equal([22_500m, 3_150m, 2_700m, 9_000m], plan.Tiers.Select(t => t.RequiredHours));
        Assert.Equal([20.59m, 2.88m, 2.47m, 8.24m], plan.Tiers.Select(t => Round(t.FteNeeded)));
        Assert.Equal([-0.59m, 0.12m, -1.47m, -3.24m], plan.Tiers.Select(t => Round(t.OverUnder)));
        Assert.Equal(36_000, plan.TotalTickets);
        Assert.Equal(1.25m, plan.DispatchersNeeded);
        Assert.Equal(-0.25m, plan.DispatchOverUnder);
    }

    [Fact]
    public void For_Seed003Plan_TablesCarryTheRoundedFiguresInSeedOrder()
    {
        var inputs = CapacityReport.Inputs(Seed, t => Seed.TicketsPerYear[t]);

        var tables = CapacityTables.For(CapacityCalculator.Plan(inputs), inputs, unmapped: null);

        var tiers = tables.Single(t => t.Key == CapacityTables.TiersKey);
        Assert.Equal(["Tier 1", "Tier 2", "Tier 3", "Onsite"], tiers.Rows.Select(r => r[0]));
        Assert.Equal(new object?[] { "Tier 1", 30_000L, 45m, 22_500m, 20m, 20.59m, -0.59m }, tiers.Rows[0]);
        Assert.Equal(new object?[] { "Onsite", 3_000L, 180m, 9_000m, 5m, 8.24m, -3.24m }, tiers.Rows[3]);
        Assert.Equal(new object?[] { 36_000L, 1m, 1.25m, -0.25m }, tables.Single(t => t.Key == CapacityTables.DispatchKey).Rows.Single());
        Assert.Contains("1,092.75", tiers.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildAsync_TicketsPerYearConfigured_ReproducesTheSeedWithoutConnectWise()
    {
        // No ConnectWise reader at all: a configured count must not read one.
        var report = new CapacityReport(null!, new TestOptionsMonitor<ReportingOptions>(new ReportingOptions { Capacity = Seed }),
            new TestOptionsMonitor<Bridge.Worker.Ingest.IngestOptions>(new()), TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<CapacityReport>.Instance);
        var period = report.DefaultPeriod(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero), NodaTime.DateTimeZoneProviders.Tzdb["America/New_York"]);

        var result = await report.BuildAsync(period, CancellationToken.None);

        Assert.Equal("capacity", result.Name);
        Assert.Equal(new NodaTime.LocalDate(2025, 12, 2), period.From);
        Assert.Equal([20.59m, 2.88m, 2.47m, 8.24m], result.Tables[0].Rows.Select(r => (decimal)r[5]!));
        Assert.Contains("TicketsPerYear", Assert.Single(result.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultAvailableHours_LiesInTheIntervalTheSeedTableImplies()
    {
        // FTE rounds to the seed's figure for A in (hours / (fte + 0.005), hours / (fte − 0.005)]; the tightest bounds
        // are tier 1's below and onsite's above.
        var lower = 22_500m / 20.595m;
        var upper = 9_000m / 8.235m;

        Assert.Equal(1_092.498m, Math.Round(lower, 3));
        Assert.Equal(1_092.896m, Math.Round(upper, 3));
        Assert.InRange(CapacityOptions.DefaultAvailableHoursPerTechnicianPerYear, lower, upper);
        Assert.Equal(91.06m, Math.Round(CapacityOptions.DefaultAvailableHoursPerTechnicianPerYear / 12, 2));
        foreach (var edge in new[] { 1_092.49m, 1_092.90m })
        {
            var plan = CapacityCalculator.Plan(CapacityReport.Inputs(new CapacityOptions { AvailableHoursPerTechnicianPerYear = edge }, t => Seed.TicketsPerYear[t]));
            Assert.NotEqual([20.59m, 2.88m, 2.47m, 8.24m], plan.Tiers.Select(t => Round(t.FteNeeded)));
        }
    }

    [Fact]
    public void DefaultTicketsPerDispatcher_IsTheSeedsTicketsOverItsDispatchers()
    {
        Assert.Equal(36_000m / 1.25m, CapacityOptions.DefaultTicketsPerDispatcherPerYear);
    }

    [Theory]
    [InlineData(2025, 12, 2, 2026, 12, 2, 1)]
    [InlineData(2026, 6, 1, 2026, 7, 1, 12.175)]
    public void YearFactor_Period_TwelveMonthsAsTheyAreOthersScaled(int y1, int m1, int d1, int y2, int m2, int d2, double expected)
    {
        var period = new ReportPeriod(new NodaTime.LocalDate(y1, m1, d1), new NodaTime.LocalDate(y2, m2, d2), NodaTime.DateTimeZone.Utc);

        Assert.Equal((decimal)expected, Math.Round(CapacityReport.YearFactor(period), 3));
    }

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
