using Microsoft.Extensions.Options;
using NodaTime;

namespace Bridge.Worker.Reporting.Reviews;

/// <summary>The <c>reviews</c> report: the post-incident reviews summed per client and emergency rule, the rules to change, the open reviews.</summary>
internal sealed class ReviewsReport(ReviewStore reviews, IOptionsMonitor<ReportingOptions> options, TimeProvider time) : IReport
{
    public string Name => "reviews";

    public string Title => "Post-incident reviews";

    public string Summary => "Were the night's pages real, did they reach the right person with enough information, and which emergency rules page for what could have waited.";

    public ReportPeriod DefaultPeriod(DateTimeOffset now, DateTimeZone zone) => ReportPeriod.LastDays(30, now, zone);

    public Task<ReportResult> BuildAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        cancellationToken.ThrowIfCancellationRequested();
        var tables = ReviewSummary.Tables(reviews.ResolvedBefore(period.End), period, time.GetUtcNow(), options.CurrentValue.Reviews.MinimumAnswers);
        return Task.FromResult(new ReportResult(Name, Title, period, tables));
    }
}
