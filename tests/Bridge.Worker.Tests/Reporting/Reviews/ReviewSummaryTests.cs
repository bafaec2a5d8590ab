using Bridge.Worker.Reporting;
using Bridge.Worker.Reporting.Reviews;
using NodaTime;

namespace Bridge.Worker.Tests.Reporting.Reviews;

/// <summary>The sums worked by hand over a November week in New York.</summary>
public sealed class ReviewSummaryTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly ReportPeriod Week = new(new LocalDate(2026, 11, 23), new LocalDate(2026, 11, 30), NewYork);
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);
    private const string ServerRule = "Routing:Clients:northwind:Emergency:Rules:0";
    private const string PrinterRule = "Routing:Clients:contoso:Emergency:Rules:1";
    private int _id;

    private IncidentReview Review(string client, string? rule, string? key, ReviewCause? cause, ReviewReach reach = ReviewReach.RightPerson, bool enough = true, DateTimeOffset? resolved = null)
    {
        var review = new IncidentReview
        {
            Id = ++_id,
            TicketId = 100 + _id,
            Client = client,
            Rule = rule,
            RuleKey = key,
            ResolvedAt = resolved ?? new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero),
            Asked = "dschmidt",
            AskedName = "Dana Schmidt",
            LinkExpiresAt = (resolved ?? new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero)).AddDays(7),
        };
        if (cause is { } c)
        {
            review.Submissions.Add(new ReviewSubmission { By = "dschmidt", ByName = "Dana Schmidt", Cause = c, Reach = reach, EnoughInformation = enough, Missing = enough ? null : "site address" });
        }

        return review;
    }

    private static ReportTable Table(IReadOnlyList<ReportTable> tables, string key) => tables.Single(t => t.Key == key);

    private static IReadOnlyList<object?> RowOf(ReportTable table, string first) => table.Rows.Single(r => Equals(r[0], first));

    [Fact]
    public void Tables_PerClient_EachAnswerCountedOnce_OpenOnesAskedButNotAnswered()
    {
        IncidentReview[] reviews =
        [
            Review("Northwind", "server down", ServerRule, ReviewCause.Real, ReviewReach.RightPerson),
            Review("Northwind", "server down", ServerRule, ReviewCause.CouldHaveWaited, ReviewReach.Missed, enough: false),
            Review("Northwind", "server down", ServerRule, null),
            Review("Contoso", "printer", PrinterRule, ReviewCause.DidNotExist, ReviewReach.CouldNotHandle, enough: false),
        ];

        var byClient = Table(ReviewSummary.Tables(reviews, Week, Now, 3), "by-client");

        Assert.Equal(["client", "asked", "answered", "real", "could-have-waited", "did-not-exist", "right-person", "missed", "could-not-handle", "information-missing"], byClient.Columns.Select(c => c.Key));
        Assert.Equal(["Contoso", "Northwind"], byClient.Rows.Select(r => r[0]));
        Assert.Equal(new object?[] { "Northwind", 3, 2, 1, 1, 0, 1, 1, 0, 1 }, RowOf(byClient, "Northwind"));
        Assert.Equal(new object?[] { "Contoso", 1, 1, 0, 0, 1, 0, 0, 1, 1 }, RowOf(byClient, "Contoso"));
    }

    [Fact]
    public void Tables_PerRule_WithItsKey_AndIncidentsOfNoRuleTogether()
    {
        IncidentReview[] reviews =
        [
            Review("Northwind", "server down", ServerRule, ReviewCause.Real),
            Review("Northwind", null, null, ReviewCause.CouldHaveWaited),
            Review("Contoso", null, null, ReviewCause.Real),
        ];

        var byRule = Table(ReviewSummary.Tables(reviews, Week, Now, 3), "by-rule");

        Assert.Equal(new object?[] { "server down", ServerRule, 1, 1, 1, 0, 0, 1, 0, 0, 0 }, RowOf(byRule, "server down"));
        Assert.Equal(new object?[] { ReviewSummary.NoRule, null, 2, 2, 1, 1, 0, 2, 0, 0, 0 }, RowOf(byRule, ReviewSummary.NoRule));
    }

    [Theory]
    [InlineData(2, 1, 3, false)] // two answers: fewer than three
    [InlineData(4, 2, 3, false)] // exactly half is not "mostly"
    [InlineData(3, 2, 3, true)]
    [InlineData(4, 3, 3, true)]
    [InlineData(2, 2, 2, true)]
    public void Tables_RulesToChange_MoreThanHalfOfAtLeastN(int answered, int waited, int minimum, bool listed)
    {
        var reviews = Enumerable.Range(0, answered)
            .Select(i => Review("Northwind", "server down", ServerRule, i < waited ? ReviewCause.CouldHaveWaited : ReviewCause.Real))
            .Append(Review("Northwind", "server down", ServerRule, null))
            .ToList();

        var table = Table(ReviewSummary.Tables(reviews, Week, Now, minimum), "rules-to-change");

        if (listed)
        {
            var row = Assert.Single(table.Rows);
            Assert.Equal(new object?[] { "server down", ServerRule, answered, waited, (double)waited / answered }, row);
        }
        else
        {
            Assert.Empty(table.Rows);
        }
    }

    [Fact]
    public void Tables_OutsideThePeriod_NotSummed_ButStillOpenWhileTheLinkWorks()
    {
        var before = Review("Northwind", "server down", ServerRule, null, resolved: new DateTimeOffset(2026, 11, 22, 18, 0, 0, TimeSpan.Zero));
        var expired = Review("Northwind", "server down", ServerRule, null, resolved: new DateTimeOffset(2026, 11, 10, 12, 0, 0, TimeSpan.Zero));
        var answered = Review("Northwind", "server down", ServerRule, ReviewCause.Real);
        var inWeek = Review("Contoso", "printer", PrinterRule, null, resolved: new DateTimeOffset(2026, 11, 27, 3, 30, 0, TimeSpan.Zero));

        var tables = ReviewSummary.Tables([expired, before, answered, inWeek], Week, Now, 3);

        Assert.Equal(1, RowOf(Table(tables, "by-client"), "Northwind")[1]);
        var open = Table(tables, "open");
        Assert.Equal(["incident", "ticket", "client", "resolved", "asked", "expires"], open.Columns.Select(c => c.Key));
        Assert.Equal(
            [
                new object?[] { before.Id, before.TicketId, "Northwind", "2026-11-22 13:00", "Dana Schmidt", "2026-11-29 13:00" },
                new object?[] { inWeek.Id, inWeek.TicketId, "Contoso", "2026-11-26 22:30", "Dana Schmidt", "2026-12-03 22:30" },
            ],
            open.Rows.Select(r => r.ToArray()));
    }

    [Fact]
    public void Tables_SecondSubmission_TheLatestAnswersCount()
    {
        var review = Review("Northwind", "server down", ServerRule, ReviewCause.CouldHaveWaited);
        review.Submissions.Add(new ReviewSubmission { By = "dschmidt", ByName = "Dana Schmidt", Cause = ReviewCause.Real, Reach = ReviewReach.RightPerson, EnoughInformation = true });

        var row = RowOf(Table(ReviewSummary.Tables([review], Week, Now, 1), "by-client"), "Northwind");

        Assert.Equal(new object?[] { "Northwind", 1, 1, 1, 0, 0, 1, 0, 0, 0 }, row);
    }
}
