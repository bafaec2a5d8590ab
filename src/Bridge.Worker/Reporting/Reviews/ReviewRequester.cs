using Bridge.Worker.Engine;
using Bridge.Worker.Escalation.Delivery;
using Bridge.Worker.Escalation.Engine;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Kernel;
using Bridge.Worker.OnCall;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Reporting.Reviews;

/// <summary>
/// The review stage: for each resolved incident on the timeline, asks whoever handled it for the review, once. The
/// review document (with who was asked and the link's expiry) is stored first; the link then goes out as a notice
/// under the incident's key, which delivery never hands over twice. An item handed over again (a crash before the
/// cursor moved) finds the document and the key and sends nothing more; one cut off between the two sends its link.
/// </summary>
internal sealed class ReviewRequester(
    IncidentStore incidents,
    IOnCallResolver onCall,
    ReviewStore reviews,
    ReviewRecords records,
    ReviewLinks links,
    NoticeSender notices,
    LocalClock clock,
    IOptionsMonitor<ReportingOptions> options,
    TimeProvider time,
    ILoggerFactory loggers) : IStageHandler<TimelineEntry>
{
    public const string StageName = "reviews";
    private readonly ILogger _logger = loggers.CreateLogger(ReviewsLog.CategoryName);

    public Task HandleAsync(TimelineEntry item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var settings = options.CurrentValue.Reviews;
        if (item.Kind != TimelineKind.Resolved || !settings.Enabled)
        {
            return Task.CompletedTask;
        }

        var incident = incidents.Get(item.IncidentId);
        var (person, skipped) = ReviewAsk.Decide(item, incident, onCall.FindPerson);
        if (person is null)
        {
            ReviewsLog.NotAsked(_logger, item.IncidentId, skipped!);
            return Task.CompletedTask;
        }

        var now = time.GetUtcNow();
        var fresh = records.For(incident!, item.At, ReviewAsk.Handlers(item, incident!));
        fresh.Asked = person.Member;
        fresh.AskedName = person.Name;
        fresh.AskedAt = now;
        fresh.LinkExpiresAt = now + settings.LinkLifetime;
        var review = reviews.AddIfAbsent(fresh);
        if (review.Asked is null || review.LinkExpiresAt is not { } expires)
        {
            // Answered signed in before this stage came to it: nobody to ask any more.
            return Task.CompletedTask;
        }

        var link = links.For(new ReviewClaim(review.Id, review.Asked, expires));
        var zone = TimeZoneResolver.Find(person.TimeZone) ?? clock.Zone;
        var result = notices.Send(ReviewNoticeText.For(review, link, zone), [review.Asked]);
        ReviewsLog.Asked(_logger, review.Id, review.Asked, result.Outcome.ToString());
        return Task.CompletedTask;
    }
}
