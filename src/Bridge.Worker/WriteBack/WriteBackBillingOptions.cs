namespace Bridge.Worker.WriteBack;

/// <summary>
/// Work type and billable option of the time a technician logs, per billing class of the ticket's latest routing
/// decision (<c>WriteBack:Billing</c>): normal, after hours (the contract's rate), included in the contract.
/// </summary>
public sealed class WriteBackBillingOptions
{
    public BillingClassOptions Normal { get; set; } = new();

    public BillingClassOptions AfterHours { get; set; } = new();

    public BillingClassOptions Included { get; set; } = new() { BillableOption = "NoCharge" };
}
