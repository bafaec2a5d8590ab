using Bridge.Worker.Routing;

namespace Bridge.Worker.WriteBack;

/// <summary>
/// Which work type and billable option a technician's logged time gets: the billing class of the ticket's latest
/// routing decision ("after-hours ×1.5", "included", "normal") picks one of <see cref="WriteBackBillingOptions"/>.
/// </summary>
internal static class TimeEntryBilling
{
    public static BillingKind KindOf(RoutingDecisionRecord? decision)
    {
        var billing = decision?.Billing ?? "";
        return billing.StartsWith("after-hours", StringComparison.OrdinalIgnoreCase) ? BillingKind.AfterHours
            : billing.StartsWith("included", StringComparison.OrdinalIgnoreCase) ? BillingKind.Included
            : BillingKind.Normal;
    }

    public static BillingClassOptions For(BillingKind kind, WriteBackBillingOptions options) => kind switch
    {
        BillingKind.AfterHours => options.AfterHours,
        BillingKind.Included => options.Included,
        _ => options.Normal,
    };
}
