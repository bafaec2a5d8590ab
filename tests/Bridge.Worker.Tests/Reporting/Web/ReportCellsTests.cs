using Bridge.Worker.Reporting;
using Bridge.Worker.Reporting.Web;
using NodaTime;

namespace Bridge.Worker.Tests.Reporting.Web;

public sealed class ReportCellsTests
{
    [Theory]
    [InlineData(1234, ReportValueKind.Count, "1,234")]
    [InlineData(0.8333, ReportValueKind.Percent, "83.3 %")]
    [InlineData(12.25, ReportValueKind.Minutes, "12.3")]
    [InlineData(22500, ReportValueKind.Hours, "22,500.00")]
    [InlineData(-0.59, ReportValueKind.Number, "-0.59")]
    [InlineData(150.5, ReportValueKind.Money, "150.50")]
    public void Display_EachKind_WrittenForAPerson(double value, ReportValueKind kind, string expected) =>
        Assert.Equal(expected, ReportCells.Display((decimal)value, kind));

    [Fact]
    public void Display_NoData_IsADash_AndCsvLeavesItEmpty()
    {
        Assert.Equal("—", ReportCells.Display(null, ReportValueKind.Minutes));
        Assert.Equal("", ReportCells.Raw(null));
    }

    [Fact]
    public void Csv_QuotesCommasAndQuotes_DisarmsFormulas_KeepsNegativeNumbers()
    {
        var table = new ReportTable(
            "t",
            "T",
            [new ReportColumn("client", "Client"), new ReportColumn("over_under", "Over/under", ReportValueKind.Number), new ReportColumn("share", "Share", ReportValueKind.Percent)],
            [
                ["Smith, Jones \"and\" Co", -0.59m, 0.5m],
                ["=HYPERLINK(\"http://x\")", null, 1m],
                ["@SUM(A1)", 2, 0m],
            ]);

        var csv = ReportCsv.Write(table);

        Assert.Equal(
            "client,over_under,share\r\n" +
            "\"Smith, Jones \"\"and\"\" Co\",-0.59,0.5\r\n" +
            "\"'=HYPERLINK(\"\"http://x\"\")\",,1\r\n" +
            "'@SUM(A1),2,0\r\n",
            csv);
    }

    [Fact]
    public void Chart_NegativeAndPositive_BarsEitherSideOfTheAxis_ValuesAsTheTableWritesThem()
    {
        var table = new ReportTable(
            "capacity",
            "Over/under",
            [new ReportColumn("tier", "Tier"), new ReportColumn("over_under", "Over/under", ReportValueKind.Number)],
            [["Tier 1", -0.59m], ["Tier 2", 0.12m], ["Tier 3 <script>", null]])
        {
            ChartColumn = "over_under",
        };

        var svg = ReportChart.Draw(table).Markup;

        Assert.Equal(2, svg.Split("<rect ").Length - 1);
        Assert.Contains(">-0.59<", svg, StringComparison.Ordinal);
        Assert.Contains(">0.12<", svg, StringComparison.Ordinal);
        Assert.Contains("Tier 3 &lt;script&gt;", svg, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", svg, StringComparison.Ordinal);
        var axis = int.Parse(System.Text.RegularExpressions.Regex.Match(svg, "<line class=\"axis\" x1=\"(\\d+)\"").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var firstBarX = int.Parse(System.Text.RegularExpressions.Regex.Match(svg, "<rect class=\"bar\" x=\"(\\d+)\"").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(firstBarX < axis, "the negative bar starts left of the zero axis");
    }

    [Fact]
    public void Chart_NoChartColumnOrNoNumbers_NothingDrawn()
    {
        var table = new ReportTable("t", "T", [new ReportColumn("a", "A"), new ReportColumn("n", "N", ReportValueKind.Count)], [["x", null]]);
        Assert.Equal("", ReportChart.Draw(table).Markup);
        Assert.Equal("", ReportChart.Draw(table with { ChartColumn = "n" }).Markup);
    }

    [Fact]
    public void Period_DstNight_IsOneDayOf25Hours()
    {
        var zone = DateTimeZoneProviders.Tzdb["America/New_York"];
        var period = new ReportPeriod(new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 2), zone);

        Assert.Equal(1, period.Days);
        Assert.Equal(TimeSpan.FromHours(25), period.End - period.Start);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 4, 0, 0, TimeSpan.Zero), period.Start.ToUniversalTime());
    }
}
