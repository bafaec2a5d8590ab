using Bridge.Connectors.ConnectWise.Models;
using Bridge.Worker.Ingest;
using Bridge.Worker.Routing;
using Bridge.Worker.Routing.Rules;

namespace Bridge.Worker.WriteBack.TimeEntries;

/// <summary>
/// Classifies a technician's time entry with no I/O: routing decides the ticket at the entry's start (business
/// hours, contract, emergency, scheduled work), and the billing class it gives names the work type the entry
/// should have (<c>WriteBack:Billing</c>) — the same class the bridge uses for time it logs itself.
/// </summary>
internal static class TimeEntryClassifier
{
    public static TimeEntryReview Classify(TimeEntry entry, TicketSnapshot? ticket, RoutingPolicy policy, WriteBackBillingOptions billing, DateTimeOffset now)
    {
        var review = new TimeEntryReview
        {
            Id = entry.Id ?? 0,
            TicketId = entry.ChargeToId ?? 0,
            Member = entry.Member?.Identifier,
            Start = entry.TimeStart,
            Hours = entry.ActualHours,
            WorkType = entry.WorkType?.Name,
            ReviewedAt = now,
        };
        if (ticket is null || entry.TimeStart is not { } start)
        {
            review.Verdict = TimeEntryVerdict.NotClassified;
            review.Reason = ticket is null ? $"ticket #{review.TicketId} is not one the bridge has read" : "the entry has no start time";
            return review;
        }

        var decision = RoutingDecider.Decide(ticket, policy, start);
        var expected = TimeEntryBilling.For(decision.Billing.Kind, billing).WorkType;
        review.Billing = decision.Billing.ToString();
        review.ExpectedWorkType = string.IsNullOrWhiteSpace(expected) ? null : expected.Trim();
        review.Verdict = review.ExpectedWorkType is null || string.Equals(review.ExpectedWorkType, review.WorkType?.Trim(), StringComparison.OrdinalIgnoreCase)
            ? TimeEntryVerdict.Matches
            : TimeEntryVerdict.Mismatch;
        review.Reason = string.Join(" → ", decision.Reasons.Where(r => r.Rule is "business-hours" or "holiday" or "emergency-rule" or "emergency-exclusion" or "contract" or "scheduled" or "after-hours").Select(r => r.Text));
        return review;
    }
}
