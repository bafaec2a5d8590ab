using System.Globalization;
using NodaTime;

namespace Bridge.Worker.Reporting.Reviews;

/// <summary>
/// Sums the reviews of the incidents resolved in a period: per client and per emergency rule (asked, answered, each
/// answer), the rules whose pages mostly could have waited (more than half of at least <c>MinimumAnswers</c> answered
/// reviews) with their configuration key, and the reviews still open.
/// </summary>
internal static class ReviewSummary
{
    public const string NoRule = "(no emergency rule)";

    private static readonly ReportColumn[] Counts =
    [
        new("asked", "Reviews", ReportValueKind.Count),
        new("answered", "Answered", ReportValueKind.Count),
        new("real", "Real issue", ReportValueKind.Count),
        new("could-have-waited", "Could have waited", ReportValueKind.Count),
        new("did-not-exist", "Did not exist", ReportValueKind.Count),
        new("right-person", "Right person", ReportValueKind.Count),
        new("missed", "Alert missed", ReportValueKind.Count),
        new("could-not-handle", "Could not handle", ReportValueKind.Count),
        new("information-missing", "Information missing", ReportValueKind.Count),
    ];

    public static IReadOnlyList<ReportTable> Tables(IReadOnlyList<IncidentReview> reviews, ReportPeriod period, DateTimeOffset now, int minimumAnswers)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        ArgumentNullException.ThrowIfNull(period);
        var inPeriod = reviews.Where(r => period.Contains(r.ResolvedAt)).ToList();
        return
        [
            new ReportTable("by-client", "Answers per client", [new("client", "Client"), .. Counts], Grouped(inPeriod, r => r.Client).Select(g => Row([g.Key], g)).ToList())
            {
                Note = "Incidents resolved in the period; the latest answers of each review count once.",
                ChartColumn = "could-have-waited",
            },
            new ReportTable("by-rule", "Answers per emergency rule", [new("rule", "Emergency rule"), new("config-key", "Configuration key"), .. Counts], ByRule(inPeriod).Select(g => Row([g.Key.Rule, g.Key.ConfigKey], g)).ToList())
            {
                Note = "The rule is the one the routing decision that opened the incident named.",
            },
            new ReportTable("rules-to-change", "Rules whose pages mostly could have waited",
                [new("rule", "Emergency rule"), new("config-key", "Configuration key"), new("answered", "Answered", ReportValueKind.Count), new("could-have-waited", "Could have waited", ReportValueKind.Count), new("share", "Share", ReportValueKind.Percent)],
                RulesToChange(inPeriod, minimumAnswers))
            {
                Note = $"Candidates to change: more than half of at least {minimumAnswers} answered reviews (Reporting:Reviews:MinimumAnswers) said the page could have waited until the next business day.",
            },
            new ReportTable("open", "Open reviews",
                [new("incident", "Incident", ReportValueKind.Count), new("ticket", "Ticket", ReportValueKind.Count), new("client", "Client"), new("resolved", "Resolved"), new("asked", "Asked"), new("expires", "Link expires")],
                Open(reviews, period, now))
            {
                Note = "Incidents resolved before the period's end whose review is not answered and whose link still works.",
            },
        ];
    }

    private static IEnumerable<IGrouping<TKey, IncidentReview>> Grouped<TKey>(IEnumerable<IncidentReview> reviews, Func<IncidentReview, TKey> key) =>
        reviews.GroupBy(key).OrderBy(g => g.Key?.ToString(), StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<IGrouping<(string Rule, string? ConfigKey), IncidentReview>> ByRule(IEnumerable<IncidentReview> reviews) =>
        Grouped(reviews, r => (Rule: r.Rule ?? NoRule, ConfigKey: r.RuleKey));

    private static List<IReadOnlyList<object?>> RulesToChange(IEnumerable<IncidentReview> reviews, int minimumAnswers) =>
        ByRule(reviews.Where(r => r.Rule is not null))
            .Select(g => (g.Key, Answered: g.Count(r => r.Latest() is not null), Waited: g.Count(r => r.Latest()?.Cause == ReviewCause.CouldHaveWaited)))
            .Where(g => g.Answered >= minimumAnswers && g.Waited * 2 > g.Answered)
            .OrderByDescending(g => (double)g.Waited / g.Answered)
            .Select(g => (IReadOnlyList<object?>)[g.Key.Rule, g.Key.ConfigKey, g.Answered, g.Waited, (double)g.Waited / g.Answered])
            .ToList();

    private static List<IReadOnlyList<object?>> Open(IEnumerable<IncidentReview> reviews, ReportPeriod period, DateTimeOffset now) =>
        reviews
            .Where(r => r.ResolvedAt < period.End && r.Latest() is null && r.Asked is not null && r.LinkExpiresAt > now)
            .OrderBy(r => r.ResolvedAt)
            .Select(r => (IReadOnlyList<object?>)[r.Id, r.TicketId, r.Client, Local(r.ResolvedAt, period.Zone), r.AskedName ?? r.Asked, Local(r.LinkExpiresAt!.Value, period.Zone)])
            .ToList();

    private static IReadOnlyList<object?> Row(IEnumerable<object?> keys, IEnumerable<IncidentReview> group)
    {
        var reviews = group.ToList();
        var answers = reviews.Select(r => r.Latest()).OfType<ReviewSubmission>().ToList();
        return
        [
            .. keys,
            reviews.Count,
            answers.Count,
            answers.Count(a => a.Cause == ReviewCause.Real),
            answers.Count(a => a.Cause == ReviewCause.CouldHaveWaited),
            answers.Count(a => a.Cause == ReviewCause.DidNotExist),
            answers.Count(a => a.Reach == ReviewReach.RightPerson),
            answers.Count(a => a.Reach == ReviewReach.Missed),
            answers.Count(a => a.Reach == ReviewReach.CouldNotHandle),
            answers.Count(a => !a.EnoughInformation),
        ];
    }

    private static string Local(DateTimeOffset at, DateTimeZone zone) =>
        Instant.FromDateTimeOffset(at).InZone(zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
