using Bridge.Worker.Ingest;
using Bridge.Worker.OnCall;
using Bridge.Worker.Reporting.Paging;
using Bridge.Worker.WriteBack.TimeEntries;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Bridge.Worker.Reporting.Ledger;

/// <summary>
/// The after-hours ledger (<c>after-hours</c>): loads the reviewed time entries that started in the period and their
/// tickets' clients, and hands them to <see cref="LedgerCalculator"/>.
/// </summary>
internal sealed class AfterHoursLedgerReport(
    TimeEntryReviewStore reviews,
    TicketStateStore tickets,
    IOptionsMonitor<ReportingOptions> options,
    IOptionsMonitor<OnCallOptions> people) : IReport
{
    /// <summary>The days shown when none are asked for.</summary>
    public const int DefaultDays = 30;

    public string Name => "after-hours";

    public string Title => "After-hours ledger";

    public string Summary => "Every after-hours time entry, what it brings at the client's rate, and each technician's share of the extra revenue.";

    public ReportPeriod DefaultPeriod(DateTimeOffset now, DateTimeZone zone) => ReportPeriod.LastDays(DefaultDays, now, zone);

    public Task<ReportResult> BuildAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var entries = new List<LedgerEntry>();
        foreach (var review in reviews.StartedBetween(period.Start, period.End))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ticket = tickets.Get(review.TicketId);
            entries.Add(new LedgerEntry(review, ticket?.CompanyIdentifier, ticket?.CompanyName, ticket?.Summary));
        }

        var names = PeopleNames.Configured(people.CurrentValue);
        var result = new ReportResult(Name, Title, period, LedgerCalculator.Tables(entries, options.CurrentValue.Ledger, period, names))
        {
            Notes = ["From the bridge's review of the technicians' time entries: the billing class at each entry's start (after-hours ×multiplier, or included in a 24x7 contract)."],
        };
        return Task.FromResult(result);
    }
}
