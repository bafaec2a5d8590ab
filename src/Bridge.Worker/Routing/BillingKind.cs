namespace Bridge.Worker.Routing;

/// <summary>How the work on a ticket is billed.</summary>
public enum BillingKind
{
    /// <summary>Covered by the contract (24/7 included).</summary>
    Included,

    /// <summary>At the after-hours rate (the multiplier of the contract).</summary>
    AfterHours,

    /// <summary>At the normal rate.</summary>
    Normal,
}
