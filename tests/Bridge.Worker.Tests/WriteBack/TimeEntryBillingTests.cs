using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Routing;
using Bridge.Worker.WriteBack;

namespace Bridge.Worker.Tests.WriteBack;

public sealed class TimeEntryBillingTests
{
    // The class reaches write-back typed, on the timeline line: no text to parse back.
    [Theory]
    [InlineData(BillingKind.AfterHours, 1.5, "after-hours ×1.5")]
    [InlineData(BillingKind.AfterHours, 2, "after-hours ×2")]
    [InlineData(BillingKind.Included, 1, "included")]
    [InlineData(BillingKind.Normal, 1, "normal")]
    public void LineTicket_IncidentsBillingClass_CarriedTyped(BillingKind kind, double multiplier, string named)
    {
        var incident = new Incident { Billing = kind, BillingMultiplier = (decimal)multiplier };

        var facts = TicketFacts.Of(incident);

        Assert.Equal((kind, named), (facts.BillingClass.Kind, facts.BillingClass.ToString()));
    }

    [Fact]
    public void LineTicket_NoneOnTheLine_Normal() => Assert.Equal(BillingKind.Normal, new TicketFacts().BillingClass.Kind);

    [Fact]
    public void For_EachClass_ItsOwnSettings()
    {
        var options = new WriteBackBillingOptions();
        options.AfterHours.WorkType = "After Hours";

        Assert.Same(options.AfterHours, TimeEntryBilling.For(BillingKind.AfterHours, options));
        Assert.Same(options.Included, TimeEntryBilling.For(BillingKind.Included, options));
        Assert.Same(options.Normal, TimeEntryBilling.For(BillingKind.Normal, options));
    }
}
