namespace Bridge.Worker.Routing;

/// <summary>What happens to a ticket now.</summary>
public enum Disposition
{
    /// <summary>Outside business hours and an emergency the contract covers: page the on-call technician now.</summary>
    PageNow,

    /// <summary>Outside business hours and it can wait (or the contract has no after-hours response): next business morning.</summary>
    NextBusinessDay,

    /// <summary>Within business hours: normal daytime handling.</summary>
    BusinessHours,
}
