using Bridge.Worker.Escalation.Engine;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Kernel;
using Bridge.Worker.OnCall;

namespace Bridge.Worker.Reporting.Reviews;

/// <summary>
/// What the review endpoints do between reading the request and writing the page: find an incident's review, store a
/// submission (a second one updates the answers), and record it in the audit trail like any change a person makes.
/// </summary>
internal sealed class ReviewDesk(
    ReviewStore reviews,
    ReviewRecords records,
    IncidentStore incidents,
    IncidentTimeline timeline,
    IOnCallResolver onCall,
    LocalClock clock,
    IAuditTrail audit,
    TimeProvider time,
    ILoggerFactory loggers)
{
    private readonly ILogger _logger = loggers.CreateLogger(ReviewsLog.CategoryName);

    /// <summary>The incident's review: the stored one, or (a resolved incident nobody was asked about yet) a new one, not stored until answered.</summary>
    public IncidentReview? Find(int incidentId)
    {
        if (reviews.Get(incidentId) is { } stored)
        {
            return stored;
        }

        if (incidents.Get(incidentId) is not { State: IncidentState.Resolved } incident || incident.Cause == IncidentCause.Canary)
        {
            return null;
        }

        var resolved = timeline.ForIncident(incident.Key).LastOrDefault(e => e.Kind == TimelineKind.Resolved);
        IEnumerable<string> handlers = resolved is not null ? ReviewAsk.Handlers(resolved, incident) : incident.AcknowledgedBy is { } acknowledger ? [acknowledger] : [];
        return records.For(incident, resolved?.At ?? incident.ClosedAt ?? time.GetUtcNow(), handlers);
    }

    /// <summary>Whether a signed-in person may open the review: a dispatcher or above any, anyone else one of their own incidents.</summary>
    public static bool MayOpen(IncidentReview review, AccessRole? role, string? member) =>
        role >= AccessRole.Dispatcher
        || (role is not null && member is { Length: > 0 }
            && (string.Equals(review.Asked, member, StringComparison.OrdinalIgnoreCase) || review.Handlers.Contains(member, StringComparer.OrdinalIgnoreCase)));

    /// <summary>Stores the answers; returns the review and whether they replaced earlier ones.</summary>
    public (IncidentReview Review, bool Updated) Submit(IncidentReview review, ReviewAnswers answers, string by, string actor, string via)
    {
        var name = onCall.FindPerson(by)?.Name ?? by;
        var submission = new ReviewSubmission
        {
            At = time.GetUtcNow(),
            By = by,
            ByName = name,
            Via = via,
            Cause = answers.Cause,
            Reach = answers.Reach,
            EnoughInformation = answers.EnoughInformation,
            Missing = answers.Missing,
        };
        var stored = reviews.Submit(review, submission);
        var updated = stored.Submissions.Count > 1;
        var action = updated ? "updated" : "submitted";
        // A signed link is a web page like any other for the audit trail (web, sms, cli); the timeline says which.
        audit.Record(new AuditEvent(actor, "review." + action, $"incident {review.Id}", answers.Summary(), via == TimelineChannels.Link ? "web" : via));
        ReviewsLog.Submitted(_logger, review.Id, action, by, via);
        return (stored, updated);
    }

    /// <summary>Times in the person's own zone, else the MSP's.</summary>
    public NodaTime.DateTimeZone ZoneOf(string? member) =>
        member is not null && TimeZoneResolver.Find(onCall.FindPerson(member)?.TimeZone) is { } zone ? zone : clock.Zone;

    public void Refused(int incidentId, string status) => ReviewsLog.LinkRefused(_logger, incidentId, status);

    public void FormRefused(int incidentId, int problems) => ReviewsLog.FormRefused(_logger, incidentId, problems);
}
