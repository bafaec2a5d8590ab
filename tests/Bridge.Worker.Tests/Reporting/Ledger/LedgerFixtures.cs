using Bridge.Worker.Reporting.Ledger;
using Bridge.Worker.WriteBack.TimeEntries;

namespace Bridge.Worker.Tests.Reporting.Ledger;

/// <summary>
/// November 2026's reviewed time entries in America/New_York (EST = UTC−5 from 2026-11-01 02:00 EDT), their clients, and
/// rates: Contoso Law 150 an hour, the Onsite work type 200, any other 100; incentive a quarter.
/// </summary>
internal static class LedgerFixtures
{
    public static LedgerOptions Options() => new()
    {
        Rates = new(StringComparer.OrdinalIgnoreCase) { ["ContosoLaw"] = 150m },
        WorkTypeRates = new(StringComparer.OrdinalIgnoreCase) { ["Onsite"] = 200m },
        DefaultRate = 100m,
        Incentive = 0.25m,
    };

    public static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["anguyen"] = "Anh Nguyen",
        ["bruiz"] = "Bea Ruiz",
        ["cokafor"] = "Chidi Okafor",
    };

    /// <summary>Ticket id → (company identifier, name, summary); ticket 205 is one the bridge has not read.</summary>
    public static readonly Dictionary<int, (string Company, string Name, string Summary)> Tickets = new()
    {
        [201] = ("ContosoLaw", "Contoso Law", "File server down"),
        [202] = ("FabrikamRetail", "Fabrikam Retail", "Tills offline"),
        [203] = ("NorthwindDental", "Northwind Dental", "Imaging PC will not boot"),
        [204] = ("ContosoLaw", "Contoso Law", "New starter"),
    };

    public static List<TimeEntryReview> Reviews() =>
    [
        // Sun 11-01 01:30 EST, the second 01:30 of the DST night: 2 h after-hours ×1.5 at Contoso's 150 → 2 × 150 × 0.5 = 150.
        Review(1, 201, "anguyen", "2026-11-01T06:30:00Z", 2m, "after-hours ×1.5", "After Hours"),
        // Sat 11-14 23:00 EST: 1.5 h ×2, Fabrikam has no rate, Onsite's 200 → 1.5 × 200 × 1 = 300.
        Review(2, 202, "bruiz", "2026-11-15T04:00:00Z", 1.5m, "after-hours ×2", "Onsite"),
        // Sat 11-21 03:00 EST on Northwind's 24x7 contract: included, brings 0 (at the default rate of 100).
        Review(3, 203, "anguyen", "2026-11-21T08:00:00Z", 3m, "included", "After Hours"),
        // Business-hours work: not in the ledger.
        Review(4, 204, "bruiz", "2026-11-16T15:00:00Z", 4m, "normal", "Remote"),
        // Mon 11-30 23:30 EST (12-01 04:30Z), still November locally: 1 h ×1.5 at the default 100 → 50.
        Review(5, 205, "cokafor", "2026-12-01T04:30:00Z", 1m, "after-hours ×1.5", "Remote"),
        // Tue 12-01 00:30 EST: after the period.
        Review(6, 201, "anguyen", "2026-12-01T05:30:00Z", 1m, "after-hours ×1.5", "After Hours"),
        // Not classified (the ticket was unknown): no class, not in the ledger.
        Review(7, 205, "cokafor", "2026-11-10T03:00:00Z", 1m, null, "Remote"),
    ];

    public static LedgerEntry Entry(TimeEntryReview review) =>
        Tickets.TryGetValue(review.TicketId, out var ticket) ? new(review, ticket.Company, ticket.Name, ticket.Summary) : new(review, null, null, null);

    private static TimeEntryReview Review(int id, int ticket, string member, string start, decimal hours, string? billing, string workType) => new()
    {
        Id = id,
        TicketId = ticket,
        Member = member,
        Start = DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
        Hours = hours,
        Billing = billing,
        WorkType = workType,
        Verdict = billing is null ? TimeEntryVerdict.NotClassified : TimeEntryVerdict.Matches,
        ReviewedAt = DateTimeOffset.Parse("2026-12-01T06:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
    };
}
