namespace Bridge.Benchmarks.Footprint;

/// <summary>What happens to a ticket of the simulated night, and who does it.</summary>
internal enum NightAction
{
    /// <summary>The client or the monitoring agent opens the ticket.</summary>
    Create,

    /// <summary>The paged technician opens the acknowledgement link of the first page and presses Acknowledge (POST).</summary>
    Acknowledge,

    /// <summary>A technician adds an internal note in ConnectWise.</summary>
    Note,

    /// <summary>A technician takes the ticket: owner set, status Assigned (Service Desk) or Acknowledged (Alerts).</summary>
    Assign,

    /// <summary>A technician closes the ticket: Completed (Service Desk) or Resolved (Alerts).</summary>
    Close,
}
