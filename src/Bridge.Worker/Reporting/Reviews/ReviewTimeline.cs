using Bridge.Worker.Escalation.Timeline;

namespace Bridge.Worker.Reporting.Reviews;

/// <summary>
/// The review's lines where a person reads an incident's timeline: the link sent, then each submission ("review by
/// Anh Nguyen: could have waited; right person; information missing: the client's site address", a later one
/// "review updated by …"). Kept with the review, never written into the incident timeline the stages read.
/// </summary>
internal sealed class ReviewTimeline(ReviewStore reviews) : ITimelineContributor
{
    public IReadOnlyList<TimelineEntry> ForIncident(string incidentId) =>
        int.TryParse(incidentId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && reviews.Get(id) is { } review
            ? Lines(review)
            : [];

    public IReadOnlyList<TimelineEntry> ForTicket(int ticketId) =>
        reviews.ForTicket(ticketId).SelectMany(Lines).OrderBy(e => e.At).ToList();

    internal static IReadOnlyList<TimelineEntry> Lines(IncidentReview review)
    {
        var lines = new List<TimelineEntry>();
        var incidentId = review.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (review.Asked is not null && review.AskedAt is { } asked)
        {
            lines.Add(new TimelineEntry
            {
                IncidentId = incidentId,
                TicketId = review.TicketId,
                At = asked,
                Kind = TimelineKind.Note,
                PersonId = review.Asked,
                PersonName = review.AskedName,
                Text = $"review link sent to {review.AskedName ?? review.Asked}",
            });
        }

        for (var i = 0; i < review.Submissions.Count; i++)
        {
            var submission = review.Submissions[i];
            lines.Add(new TimelineEntry
            {
                IncidentId = incidentId,
                TicketId = review.TicketId,
                At = submission.At,
                Kind = TimelineKind.Note,
                PersonId = submission.By,
                PersonName = submission.ByName,
                Channel = submission.Via,
                Note = submission.Missing,
                Text = $"{(i == 0 ? "review" : "review updated")} by {submission.ByName}: {submission.Answers().Summary()}",
            });
        }

        return lines;
    }
}
