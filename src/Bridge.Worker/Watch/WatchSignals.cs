using Bridge.Worker.Ingest;

namespace Bridge.Worker.Watch;

/// <summary>
/// What the bridge already knows of its own health, read at one instant: the poller's status, the sweeper's last run,
/// the channels that keep failing, the outbox's parked records, the state file's disk and the clock.
/// </summary>
/// <param name="Poll">The poller's status.</param>
/// <param name="SweptAt">When the escalation sweeper last finished; null before its first sweep.</param>
/// <param name="ChannelsConfigured">How many channels are configured.</param>
/// <param name="ChannelsFailing">The configured channels at their failure threshold, with their last reason.</param>
/// <param name="Parked">Outbox records parked.</param>
/// <param name="LatestParked">The newest parked record, as a line.</param>
/// <param name="DiskFreePercent">The state file's disk, free share; null when unknown.</param>
/// <param name="ClockJumpedAt">The last clock jump seen, and by how much; null when none since start.</param>
/// <param name="StateFileWritable">Whether the state file just took a write (null: not probed this pass).</param>
/// <param name="ChannelsKnown">Whether any send has ended since start (before that, whether channels fail is not known).</param>
internal sealed record WatchSignals(
    PollHealth Poll,
    DateTimeOffset? SweptAt,
    int ChannelsConfigured,
    IReadOnlyList<string> ChannelsFailing,
    int Parked,
    string? LatestParked,
    double? DiskFreePercent,
    ClockJump? ClockJumpedAt,
    bool? StateFileWritable = null,
    bool ChannelsKnown = true);

/// <param name="At">When the jump was seen.</param>
/// <param name="By">Wall clock minus elapsed time: positive when the clock jumped ahead.</param>
internal sealed record ClockJump(DateTimeOffset At, TimeSpan By);
