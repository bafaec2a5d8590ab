using Bridge.Worker.Reporting.Capacity;
using Bridge.Worker.Reporting.Digest;
using Bridge.Worker.Reporting.Ledger;
using Bridge.Worker.Reporting.Reviews;
using Bridge.Worker.Reporting.ServiceDesk;

namespace Bridge.Worker.Reporting;

/// <summary>What the service manager's reports read and how they count (<c>Reporting</c>).</summary>
public sealed class ReportingOptions
{
    public const string SectionName = "Reporting";

    /// <summary>The after-hours ledger: rates per client or work type and the technicians' incentive.</summary>
    public LedgerOptions Ledger { get; set; } = new();

    /// <summary>The service-desk figures read from ConnectWise.</summary>
    public ServiceDeskOptions ServiceDesk { get; set; } = new();

    /// <summary>The capacity plan: tiers, targeted minutes, available hours, technicians and dispatchers.</summary>
    public CapacityOptions Capacity { get; set; } = new();

    /// <summary>The post-incident review asked of whoever handled an incident.</summary>
    public ReviewOptions Reviews { get; set; } = new();

    /// <summary>The morning digest e-mail.</summary>
    public DigestOptions Digest { get; set; } = new();
}
