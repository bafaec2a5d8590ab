namespace Bridge.Worker.Routing.Rules;

/// <summary>What a client's contract says about work outside business hours.</summary>
public enum ContractKind
{
    /// <summary>24/7 emergency support is included: page now, no extra charge.</summary>
    Included24x7,

    /// <summary>Emergencies are handled after hours and billed at the after-hours rate.</summary>
    AfterHoursBillable,

    /// <summary>No after-hours response: the ticket waits for the next business morning.</summary>
    BusinessHoursOnly,
}
