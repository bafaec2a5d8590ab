namespace Bridge.Worker.Tests.Architecture;

/// <summary>
/// The one place that says which folder of <c>src/Bridge.Worker</c> may use which (docs/architecture.md
/// draws it). Read top to bottom: a folder uses only folders listed above it, so the table is a DAG.
/// The stages follow the data: ingest → routing → escalation (delivery included) → write-back; the
/// reporting folders read everyone's records; <c>Hosting</c> wires every capability and only the
/// command line (which builds the host) uses it.
/// </summary>
public static class FolderRules
{
    public const string RootNamespace = "Bridge.Worker";

    public static DependencyRules Table { get; } = new(new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        // Shared by every capability: bridge mode, environment, work signal, options registration, HTML, zones.
        ["Kernel"] = [],
        ["Logging"] = ["Kernel"],
        // The bridge's meter every stage records into, and the /metrics endpoint.
        ["Telemetry"] = ["Kernel"],
        ["Storage"] = ["Kernel", "Logging"],
        // The configuration files: layering, protected secrets, schema, reload (redacts with Logging's secrets).
        ["Configuration"] = ["Kernel", "Logging"],
        // The generic stage runner: durable cursors, parked items.
        ["Engine"] = ["Kernel", "Logging", "Storage"],
        ["Ingest"] = ["Kernel", "Logging", "Telemetry", "Storage", "Engine"],
        ["OnCall"] = ["Kernel", "Logging", "Storage"],
        // Who may see and act: sign-in (local accounts, OpenID Connect, the machine's CLI token), roles, the audit trail.
        ["Access"] = ["Kernel", "Logging", "Telemetry", "Storage", "OnCall"],
        ["Routing"] = ["Kernel", "Logging", "Telemetry", "Storage", "Engine", "Ingest"],
        // The bridge's own calls to ConnectWise that are not a stage: readiness, the priority check.
        ["ConnectWise"] = ["Kernel", "Logging", "Routing"],
        ["Escalation"] = ["Kernel", "Logging", "Telemetry", "Storage", "Engine", "Ingest", "Routing", "OnCall"],
        ["WriteBack"] = ["Kernel", "Logging", "Telemetry", "Storage", "Engine", "Ingest", "Routing", "Escalation"],
        // The bridge watching itself: heartbeat, alarms, canary, over the statuses the stages keep.
        ["Watch"] = ["Kernel", "Logging", "Storage", "Engine", "Ingest", "Routing", "OnCall", "Escalation", "WriteBack"],
        // The service manager's reports over everyone's records, the post-incident review, the morning digest.
        ["Reporting"] = ["Kernel", "Logging", "Telemetry", "Storage", "Engine", "Ingest", "Routing", "OnCall", "Access", "Escalation", "WriteBack"],
        ["StatusPage"] = ["Kernel", "Logging", "Storage", "Engine", "Ingest", "Routing", "OnCall", "Escalation", "WriteBack", "Watch"],
        ["Api"] = ["Kernel", "Logging", "Storage", "Engine", "Ingest", "Routing", "OnCall", "Escalation", "WriteBack", "StatusPage", "Watch"],
        ["Demo"] = ["Kernel", "Logging", "Storage", "Configuration", "Engine", "Ingest", "Routing", "OnCall", "Escalation", "WriteBack", "Reporting"],
        ["Hosting"] =
        [
            "Kernel", "Logging", "Telemetry", "Storage", "Configuration", "Engine", "Ingest", "OnCall", "Access", "Routing", "ConnectWise",
            "Escalation", "WriteBack", "Watch", "Reporting", "StatusPage", "Api", "Demo",
        ],
        ["Cli"] =
        [
            "Kernel", "Logging", "Telemetry", "Storage", "Configuration", "Engine", "Ingest", "OnCall", "Access", "Routing", "ConnectWise",
            "Escalation", "WriteBack", "Watch", "Reporting", "StatusPage", "Api", "Demo", "Hosting",
        ],
    });
}
