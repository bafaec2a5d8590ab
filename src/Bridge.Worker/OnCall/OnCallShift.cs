namespace Bridge.Worker.OnCall;

/// <summary>A stretch of time in which one person is on call for a schedule, and why.</summary>
public sealed record OnCallShift(string Schedule, string Member, DateTimeOffset Start, DateTimeOffset End, OnCallSource Source)
{
    /// <summary>Real elapsed time: a shift across a DST change is an hour longer or shorter than its wall-clock span.</summary>
    public TimeSpan Duration => End - Start;

    /// <summary>Stable across feeds and requests so subscribed calendars update an event rather than duplicate it.</summary>
    public string Uid => $"{Schedule.ToLowerInvariant()}-{Member.ToLowerInvariant()}-{Start.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}@bridge-oncall";
}
