using Bridge.Worker.Routing;
using Bridge.Worker.WriteBack;

namespace Bridge.Worker.Tests.WriteBack;

public sealed class TimeEntryBillingTests
{
    [Theory]
    [InlineData("after-hours ×1.5", BillingKind.AfterHours)]
    [InlineData("after-hours ×2", BillingKind.AfterHours)]
    [InlineData("included", BillingKind.Included)]
    [InlineData("normal", BillingKind.Normal)]
    [InlineData("", BillingKind.Normal)]
    public void KindOf_RoutingDecisionsBillingText_TheClass(string billing, BillingKind expected) =>
        Assert.Equal(expected, TimeEntryBilling.KindOf(new RoutingDecisionRecord { Billing = billing }));

    [Fact]
    public void KindOf_NoDecision_Normal() => Assert.Equal(BillingKind.Normal, TimeEntryBilling.KindOf(null));

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
