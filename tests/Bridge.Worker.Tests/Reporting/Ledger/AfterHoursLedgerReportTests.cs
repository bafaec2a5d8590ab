using Bridge.Worker.Ingest;
using Bridge.Worker.OnCall;
using Bridge.Worker.Reporting;
using Bridge.Worker.Reporting.Ledger;
using Bridge.Worker.Reporting.Paging;
using Bridge.Worker.Tests.Reporting.Paging;
using Bridge.Worker.Tests.Support;
using Bridge.Worker.WriteBack.TimeEntries;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Bridge.Worker.Tests.Reporting.Ledger;

/// <summary>The ledger end to end: reviews and tickets written through their stores into a LiteDB file.</summary>
public sealed class AfterHoursLedgerReportTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly StateFile _state = new(Now);

    public void Dispose() => _state.Dispose();

    [Fact]
    public async Task BuildAsync_TheDefaultPeriod_ReadsTheStoredReviewsAndTheirTicketsClients()
    {
        var reviews = new TimeEntryReviewStore(_state.Database);
        var tickets = new TicketStateStore(_state.Database);
        reviews.Save(LedgerFixtures.Reviews(), watermark: null);
        _state.Database.Write(() => tickets.PutMany(LedgerFixtures.Tickets.Select(t => new TicketSnapshot
        {
            Id = t.Key, CompanyIdentifier = t.Value.Company, CompanyName = t.Value.Name, Summary = t.Value.Summary, LastUpdated = Now,
        })));
        var onCall = new OnCallOptions { People = [OnCallFixtures.Person("anguyen", "Anh Nguyen"), OnCallFixtures.Person("bruiz", "Bea Ruiz")] };
        var report = new AfterHoursLedgerReport(
            reviews, tickets, new TestOptionsMonitor<ReportingOptions>(new ReportingOptions { Ledger = LedgerFixtures.Options() }), new TestOptionsMonitor<OnCallOptions>(onCall));
        var period = report.DefaultPeriod(Now, RoutingFixtures.NewYork);

        var result = await report.BuildAsync(period, CancellationToken.None);

        // November in New York, as LedgerCalculatorTests worked it out: entries 1, 2, 3 and 5; Contoso's summary from its ticket.
        Assert.Equal((new LocalDate(2026, 11, 1), new LocalDate(2026, 12, 1)), (period.From, period.To));
        var entries = result.Tables.Table("entries");
        Assert.Equal([201, 202, 203, 205], entries.Rows.Select(r => (int)entries.Cell(r, "ticket")!));
        Assert.Equal(new object?[] { "Contoso Law", "File server down", "Anh Nguyen", 150m }, new[] { "client", "summary", "technician", "extra" }.Select(c => entries.Cell(entries.Rows[0], c)));
        // Chidi is not among OnCall:People: his member identifier stands for him.
        Assert.Equal(new object?[] { 75m, 12.5m }, new[] { "Bea Ruiz", "cokafor" }.Select(t => result.Tables.Table("incentive").Cell(result.Tables.Table("incentive").Row(t), "incentive")));
        Assert.Equal("after-hours", result.Name);
    }

    [Fact]
    public void AddReporting_RegistersThePagingReportFirst_ThenTheLedger()
    {
        var services = new ServiceCollection();

        services.AddReporting(new ConfigurationBuilder().Build());

        var reports = services.Where(d => d.ServiceType == typeof(IReport)).Select(d => d.ImplementationType).ToList();
        // Other parts' reports may come between them (service desk); paging is the first of all.
        Assert.Equal(typeof(PagingReport), reports[0]);
        Assert.Single(reports, r => r == typeof(AfterHoursLedgerReport));
        Assert.Single(reports, r => r == typeof(PagingReport));
    }
}
