namespace Bridge.Worker.Watch;

/// <summary>
/// Notices the wall clock jumping: between two looks, the wall clock (<see cref="TimeProvider.GetUtcNow"/>) should move
/// as much as the monotonic timestamp (<see cref="TimeProvider.GetTimestamp"/>); a difference above
/// <c>Watch:Alarms:ClockJump</c> is a jump (NTP stepping, a VM resumed, an admin setting the time).
/// </summary>
internal sealed class ClockWatch(TimeProvider time)
{
    private readonly Lock _gate = new();
    private (DateTimeOffset Wall, long Timestamp)? _last;
    private ClockJump? _jump;

    /// <summary>The last jump seen since start.</summary>
    public ClockJump? LastJump
    {
        get
        {
            lock (_gate)
            {
                return _jump;
            }
        }
    }

    /// <summary>Takes a look; returns the jump when this look found one.</summary>
    public ClockJump? Look(TimeSpan threshold)
    {
        var wall = time.GetUtcNow();
        var timestamp = time.GetTimestamp();
        lock (_gate)
        {
            ClockJump? found = null;
            if (_last is { } last)
            {
                var by = (wall - last.Wall) - time.GetElapsedTime(last.Timestamp, timestamp);
                if (by.Duration() >= threshold)
                {
                    found = _jump = new ClockJump(wall, by);
                }
            }

            _last = (wall, timestamp);
            return found;
        }
    }
}
