using System.Globalization;

namespace Bridge.Worker.WriteBack.TimeEntries;

/// <summary>
/// The outbox record that sets a mismatched entry's work type. Its key is the entry and the version the review read
/// (<c>te:{id}:{lastUpdated}:worktype</c>): reading that version again adds nothing, and a later edit is a new question.
/// </summary>
internal static class TimeEntryCorrection
{
    public static OutboxRecord Record(TimeEntryReview review, DateTimeOffset? version, DateTimeOffset now)
    {
        var expected = review.ExpectedWorkType ?? throw new ArgumentException("Only an entry with an expected work type is corrected.", nameof(review));
        var at = version is { } v ? v.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) : "-";
        return new OutboxRecord
        {
            Key = $"te:{review.Id}:{at}:worktype",
            Kind = OutboxKind.TimeEntryWorkType,
            TicketId = review.TicketId,
            Payload = WriteBackJson.Write(new TimeEntryWorkTypeWrite(review.Id, review.WorkType, expected)),
            Summary = $"work type of time entry {review.Id} ({review.Member ?? "?"}, {review.Billing}): {review.WorkType ?? "(none)"} → {expected}",
            State = OutboxState.Pending,
            Open = true,
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }
}
