using Bridge.Worker.Reporting;
using Bridge.Worker.Reporting.Ledger;
using Bridge.Worker.Tests.Reporting.Paging;
using Bridge.Worker.Tests.Support;
using NodaTime;

namespace Bridge.Worker.Tests.Reporting.Ledger;

/// <summary>The ledger of <see cref="LedgerFixtures"/>, worked by hand.</summary>
public sealed class LedgerCalculatorTests
{
    private static readonly ReportPeriod November = new(new LocalDate(2026, 11, 1), new LocalDate(2026, 12, 1), RoutingFixtures.NewYork);

    private static IReadOnlyList<ReportTable> Tables(LedgerOptions? options = null) =>
        LedgerCalculator.Tables(LedgerFixtures.Reviews().Select(LedgerFixtures.Entry).ToList(), options ?? LedgerFixtures.Options(), November, LedgerFixtures.Names);

    [Fact]
    public void Entries_EveryAfterHoursAndIncludedEntry_WithItsRateAndExtraRevenue()
    {
        var table = Tables().Table("entries");

        // In order of start; normal (4), not classified (7) and December (6) entries are left out.
        Assert.Equal([1, 2, 3, 5], table.Rows.Select(r => (int)table.Cell(r, "ticket")! - 200));
        Assert.Equal(
            new object?[] { "2026-11-01", "Contoso Law", "Anh Nguyen", 2m, "after-hours", 1.5m, "After Hours", 150m, 150m },
            Cells(table, 0, "date", "client", "technician", "hours", "class", "multiplier", "work-type", "rate", "extra"));
        // The client has no rate: the work type's (Onsite 200) → 1.5 × 200 × (2 − 1) = 300.
        Assert.Equal(new object?[] { "Fabrikam Retail", 200m, 300m }, Cells(table, 1, "client", "rate", "extra"));
        // Included in Northwind's 24x7 contract: shown, with no extra.
        Assert.Equal(new object?[] { "included", 1m, 100m, 0m }, Cells(table, 2, "class", "multiplier", "rate", "extra"));
        // 23:30 EST on the 30th is 04:30Z on December 1st: still November in New York. Unknown ticket: the default rate.
        Assert.Equal(new object?[] { "2026-11-30", "(unknown)", 100m, 50m }, Cells(table, 3, "date", "client", "rate", "extra"));
        // 150 + 300 + 0 + 50 = 500 from 2 + 1.5 + 3 + 1 = 7.5 hours.
        Assert.Contains("Total extra revenue 500.00 from 7.50 hours.", table.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Incentive_EachTechniciansQuarterOfTheExtraTheyBrought()
    {
        var table = Tables().Table("incentive");

        // Anh: 150 extra (entry 1) + 0 (included entry 3) → 37.50, 150 / 500 = 0.3; Bea 300 → 75, 0.6; Chidi 50 → 12.50, 0.1.
        Assert.Equal(new object?[] { 2, 2m, 3m, 150m, 37.5m, 0.3m }, table.Cells(["Anh Nguyen"], "entries", "after-hours-hours", "included-hours", "extra", "incentive", "extra-share"));
        Assert.Equal(new object?[] { 1, 1.5m, 300m, 75m, 0.6m }, table.Cells(["Bea Ruiz"], "entries", "after-hours-hours", "extra", "incentive", "extra-share"));
        Assert.Equal(new object?[] { 50m, 12.5m, 0.1m }, table.Cells(["Chidi Okafor"], "extra", "incentive", "extra-share"));
        Assert.Contains("125.00 in all", table.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_NoRateForTheEntry_ShowsNoAmountAndSaysSo()
    {
        var options = LedgerFixtures.Options();
        options.DefaultRate = null;

        var tables = Tables(options);

        // Entry 5 (unknown client, work type Remote) has no rate any more: no amount; the included entry 3 still brings 0.
        var entries = tables.Table("entries");
        Assert.Equal(new object?[] { null, null }, Cells(entries, 3, "rate", "extra"));
        Assert.Equal(new object?[] { null, 0m }, Cells(entries, 2, "rate", "extra"));
        Assert.Contains("1 entry has no rate", entries.Note, StringComparison.Ordinal);
        Assert.Equal(new object?[] { 0m, 0m }, tables.Table("incentive").Cells(["Chidi Okafor"], "extra", "incentive"));
    }

    [Fact]
    public void Entries_ClientRateComesBeforeTheWorkTypeRate_InAnyCase()
    {
        var options = LedgerFixtures.Options();
        options.Rates = new() { ["contosolaw"] = 150m };
        options.WorkTypeRates = new() { ["after hours"] = 999m };

        var entries = Tables(options).Table("entries");

        // Contoso's own 150 wins over the After Hours work type's 999; Northwind (no rate) takes the work type's.
        Assert.Equal(new object?[] { 150m, 150m }, Cells(entries, 0, "rate", "extra"));
        Assert.Equal(new object?[] { 999m, 0m }, Cells(entries, 2, "rate", "extra"));
    }

    [Theory]
    [InlineData("after-hours ×1.5", "after-hours", "1.5")]
    [InlineData("after-hours ×2", "after-hours", "2")]
    [InlineData("included", "included", "1")]
    [InlineData("normal", null, "1")]
    public void Entry_ClassAndMultiplier_ReadFromTheReviewsClassText(string billing, string? expectedClass, string expectedMultiplier)
    {
        var entry = new LedgerEntry(new Bridge.Worker.WriteBack.TimeEntries.TimeEntryReview { Billing = billing }, null, null, null);

        Assert.Equal((expectedClass, decimal.Parse(expectedMultiplier, System.Globalization.CultureInfo.InvariantCulture)), (entry.Class, entry.Multiplier));
    }

    [Fact]
    public void Entry_ClassText_IsTheOneRoutingWrites()
    {
        // The ledger reads the text BillingClass writes into each review; a change there must show here.
        Assert.Equal("after-hours ×1.5", Bridge.Worker.Routing.BillingClass.AfterHours(1.5m).ToString());
        Assert.Equal(1.5m, new LedgerEntry(new Bridge.Worker.WriteBack.TimeEntries.TimeEntryReview { Billing = Bridge.Worker.Routing.BillingClass.AfterHours(1.5m).ToString() }, null, null, null).Multiplier);
        Assert.Equal(LedgerEntry.IncludedClass, Bridge.Worker.Routing.BillingClass.Included.ToString());
    }

    private static object?[] Cells(ReportTable table, int row, params string[] columns) => columns.Select(c => table.Cell(table.Rows[row], c)).ToArray();
}
