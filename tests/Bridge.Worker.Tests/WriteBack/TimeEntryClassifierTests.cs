using Bridge.Connectors.ConnectWise.Models;
using Bridge.Worker.Ingest;
using Bridge.Worker.Tests.Support;
using Bridge.Worker.WriteBack;
using Bridge.Worker.WriteBack.TimeEntries;

namespace Bridge.Worker.Tests.WriteBack;

public sealed class TimeEntryClassifierTests
{
    private static readonly WriteBackBillingOptions Billing = new()
    {
        Normal = new BillingClassOptions { WorkType = "Regular" },
        AfterHours = new BillingClassOptions { WorkType = "After Hours" },
        Included = new BillingClassOptions { WorkType = "No Charge", BillableOption = "NoCharge" },
    };

    private static TicketSnapshot Ticket(string company) => new()
    {
        Id = 42,
        Summary = "Email down",
        CompanyIdentifier = company,
        PriorityName = "Priority 1 - Emergency Response",
        BoardName = "Service Desk",
        StatusName = "In Progress",
    };

    private static TimeEntry Entry(string start, string workType) => new()
    {
        Id = 9,
        ChargeToId = 42,
        ChargeToType = "ServiceTicket",
        Member = new Reference { Identifier = "bruiz" },
        TimeStart = RoutingFixtures.At(start),
        ActualHours = 0.58m,
        WorkType = new Reference { Name = workType },
    };

    private static TimeEntryReview Classify(string company, string start, string workType) =>
        TimeEntryClassifier.Classify(Entry(start, workType), Ticket(company), RoutingFixtures.Policy(), Billing, RoutingFixtures.At("2026-11-24T09:00:00-05:00"));

    [Fact]
    public void Classify_AfterHoursOnABillableContract_LoggedAsRegular_MismatchAfterHoursExpected()
    {
        var review = Classify("ContosoLaw", "2026-11-24T02:00:00-05:00", "Regular");

        Assert.Equal((TimeEntryVerdict.Mismatch, "after-hours ×1.5", "After Hours"), (review.Verdict, review.Billing, review.ExpectedWorkType));
        Assert.Contains("AfterHoursBillable", review.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_AfterHoursOnA24x7Contract_NoChargeExpected()
    {
        var review = Classify("NorthwindDental", "2026-11-24T02:00:00-05:00", "No Charge");

        Assert.Equal((TimeEntryVerdict.Matches, "included"), (review.Verdict, review.Billing));
    }

    [Fact]
    public void Classify_WithinBusinessHours_RegularMatches()
    {
        var review = Classify("ContosoLaw", "2026-11-24T10:30:00-05:00", "regular");

        Assert.Equal((TimeEntryVerdict.Matches, "normal"), (review.Verdict, review.Billing));
    }

    [Fact]
    public void Classify_TicketTheBridgeHasNotRead_NotClassifiedWithTheReason()
    {
        var review = TimeEntryClassifier.Classify(Entry("2026-11-24T02:00:00-05:00", "Regular"), null, RoutingFixtures.Policy(), Billing, DateTimeOffset.UnixEpoch);

        Assert.Equal(TimeEntryVerdict.NotClassified, review.Verdict);
        Assert.Equal("ticket #42 is not one the bridge has read", review.Reason);
    }
}
