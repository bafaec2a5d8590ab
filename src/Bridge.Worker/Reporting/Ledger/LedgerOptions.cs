namespace Bridge.Worker.Reporting.Ledger;

/// <summary><c>Reporting:Ledger</c>: the hourly rates after-hours work is valued at, and the technicians' incentive.</summary>
public sealed class LedgerOptions
{
    /// <summary>Hourly rate per client (ConnectWise company identifier, any case); it comes first.</summary>
    public Dictionary<string, decimal> Rates { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Hourly rate per ConnectWise work type (any case), for a client with no rate of its own.</summary>
    public Dictionary<string, decimal> WorkTypeRates { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The hourly rate of an entry neither its client nor its work type prices; empty: such an entry shows no amount.</summary>
    public decimal? DefaultRate { get; set; }

    /// <summary>
    /// The fraction of the extra revenue (hours × rate × (multiplier − 1)) allocated to whoever did the after-hours work,
    /// from 0 to 1 (seed 000: "a portion of the extra revenue as an incentive"); 0: none.
    /// </summary>
    public decimal Incentive { get; set; }
}
