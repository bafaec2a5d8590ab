namespace Bridge.Worker.Reporting.ServiceDesk;

/// <summary>The kinds of hours seed 003's morning list reports, in table order.</summary>
public static class HourKinds
{
    public const string ManagedServices = "managedServices";
    public const string Project = "project";
    public const string NonBillable = "nonBillable";
    public const string Onsite = "onsite";

    public static IReadOnlyList<string> All { get; } = [ManagedServices, Project, NonBillable, Onsite];

    public static string? Canonical(string? name) =>
        All.FirstOrDefault(k => string.Equals(k, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string Title(string kind) => kind switch
    {
        ManagedServices => "Managed services",
        Project => "Project",
        NonBillable => "Non-billable",
        Onsite => "Onsite service",
        _ => kind,
    };

    /// <summary>
    /// The rules used while <c>Reporting:ServiceDesk:HourKinds</c> is empty: project tickets' time is project time
    /// (logged at a client site or not); an onsite work type is onsite service; time not billed (DoNotBill, NoCharge)
    /// is non-billable; everything else is managed services.
    /// </summary>
    public static IReadOnlyList<HourKindRuleOptions> DefaultRules { get; } =
    [
        new() { ChargeToType = "ProjectTicket", Kind = Project },
        new() { ChargeToType = "ProjectIssue", Kind = Project },
        new() { WorkType = "*onsite*", Kind = Onsite },
        new() { WorkType = "*on-site*", Kind = Onsite },
        new() { WorkType = "*on site*", Kind = Onsite },
        new() { BillableOption = "DoNotBill", Kind = NonBillable },
        new() { BillableOption = "NoCharge", Kind = NonBillable },
    ];
}
