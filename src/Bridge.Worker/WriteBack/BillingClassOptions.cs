namespace Bridge.Worker.WriteBack;

/// <summary>How a technician's logged time is entered for one billing class of the routing decision.</summary>
public sealed class BillingClassOptions
{
    /// <summary>Work type name (e.g. <c>After Hours</c>); empty leaves it to ConnectWise's default.</summary>
    public string WorkType { get; set; } = "";

    /// <summary><c>Billable</c>, <c>DoNotBill</c>, <c>NoCharge</c> or <c>NoDefault</c>.</summary>
    public string BillableOption { get; set; } = "Billable";
}
