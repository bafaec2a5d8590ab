using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Reporting.Reviews;

namespace Bridge.Worker.Tests.Reporting.Reviews;

public sealed class ReviewTimelineTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Lines_SentThenAnsweredThenUpdated_AsAPersonReadsThem()
    {
        var review = new IncidentReview { Id = 7, TicketId = 1, Asked = "anguyen", AskedName = "Anh Nguyen", AskedAt = At };
        review.Submissions.Add(new ReviewSubmission { At = At.AddHours(1), By = "anguyen", ByName = "Anh Nguyen", Via = "link", Cause = ReviewCause.CouldHaveWaited, Reach = ReviewReach.RightPerson, EnoughInformation = false, Missing = "the client's site address" });
        review.Submissions.Add(new ReviewSubmission { At = At.AddHours(2), By = "anguyen", ByName = "Anh Nguyen", Via = "web", Cause = ReviewCause.Real, Reach = ReviewReach.RightPerson, EnoughInformation = true });

        var lines = ReviewTimeline.Lines(review);

        Assert.Equal(
            [
                "review link sent to Anh Nguyen",
                "review by Anh Nguyen: could have waited; right person; information missing: the client's site address",
                "review updated by Anh Nguyen: real issue; right person; enough information",
            ],
            lines.Select(l => l.Text));
        Assert.All(lines, l => Assert.Equal(("7", 1, TimelineKind.Note), (l.IncidentId, l.TicketId, l.Kind)));
        Assert.Equal([At, At.AddHours(1), At.AddHours(2)], lines.Select(l => l.At));
    }

    [Fact]
    public void Lines_NobodyAskedNothingAnswered_None() =>
        Assert.Empty(ReviewTimeline.Lines(new IncidentReview { Id = 7 }));
}
