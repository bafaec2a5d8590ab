using Bridge.Worker.Escalation.Delivery;
using Bridge.Worker.Escalation.Engine;
using NodaTime;

namespace Bridge.Worker.Reporting.Reviews;

/// <summary>The message that carries a review link: short enough for one SMS, the link and until when it works.</summary>
internal static class ReviewNoticeText
{
    /// <summary>The notice key: one review link per incident, ever (delivery never hands over a key twice).</summary>
    public static string Key(int incidentId) => $"review:{incidentId.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public static Notice For(IncidentReview review, Uri link, DateTimeZone zone) => new(
        Key(review.Id),
        $"Review #{review.TicketId}: 3 questions",
        $"#{review.TicketId} ({review.Client}) is resolved. 3 quick questions on how the page went: {link} (works until {LocalClock.Full(review.LinkExpiresAt ?? review.ResolvedAt, zone)})",
        NoticeReach.FirstContact);
}
