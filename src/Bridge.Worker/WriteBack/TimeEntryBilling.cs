using Bridge.Worker.Routing;

namespace Bridge.Worker.WriteBack;

/// <summary>
/// Which work type and billable option a technician's logged time gets: the billing class of the ticket's latest
/// routing decision, as the timeline line carries it (after hours, included, normal), picks one of <see cref="WriteBackBillingOptions"/>.
/// </summary>
internal static class TimeEntryBilling
{
    public static BillingClassOptions For(BillingKind kind, WriteBackBillingOptions options) => kind switch
    {
        BillingKind.AfterHours => options.AfterHours,
        BillingKind.Included => options.Included,
        _ => options.Normal,
    };
}
