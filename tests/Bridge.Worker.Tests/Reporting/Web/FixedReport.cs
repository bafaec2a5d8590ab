using Bridge.Worker.Reporting;
using NodaTime;

namespace Bridge.Worker.Tests.Reporting.Web;

/// <summary>A report with one table whose figures say which period it was built for; counts its builds, or throws when told to.</summary>
internal sealed class FixedReport(string name = "fixed", int days = 7) : IReport
{
    public string Name { get; } = name;

    public string Title => "Fixed figures";

    public string Summary => "Figures a test can count.";

    public int Builds { get; private set; }

    public List<ReportPeriod> Periods { get; } = [];

    public Exception? Failure { get; set; }

    public ReportPeriod DefaultPeriod(DateTimeOffset now, DateTimeZone zone) => ReportPeriod.LastDays(days, now, zone);

    public Task<ReportResult> BuildAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        Builds++;
        Periods.Add(period);
        if (Failure is not null)
        {
            throw Failure;
        }

        var table = new ReportTable(
            "pages-by-client",
            "Pages by client",
            [new ReportColumn("client", "Client"), new ReportColumn("pages", "Pages", ReportValueKind.Count), new ReportColumn("share", "Share", ReportValueKind.Percent)],
            [
                ["Northwind Dental", 3, 0.75m],
                ["=HYPERLINK(\"x\")", 1, 0.25m],
            ])
        {
            ChartColumn = "pages",
            Note = $"{period.Days} day(s) from {period.From:yyyy-MM-dd}",
        };
        return Task.FromResult(new ReportResult(Name, Title, period, [table]));
    }
}
