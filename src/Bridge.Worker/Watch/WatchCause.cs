namespace Bridge.Worker.Watch;

/// <summary>What an alarm is about: one raised alarm per cause at a time.</summary>
internal static class WatchCause
{
    /// <summary>Polls keep failing: ConnectWise unreachable, or refusing the keys (401/403).</summary>
    public const string ConnectWise = "connectwise";

    /// <summary>No poll cycle ended at all: the poll timer stopped.</summary>
    public const string Polling = "polling";

    /// <summary>Every configured channel keeps failing: nobody can be paged.</summary>
    public const string Channels = "channels";

    /// <summary>Writes to ConnectWise parked in the outbox, waiting for an admin.</summary>
    public const string Outbox = "outbox";

    /// <summary>The state file's disk is nearly full.</summary>
    public const string Disk = "disk";

    /// <summary>The wall clock jumped.</summary>
    public const string Clock = "clock";
}
