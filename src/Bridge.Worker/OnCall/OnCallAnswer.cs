namespace Bridge.Worker.OnCall;

/// <summary>
/// Who is on call for <see cref="Schedule"/> at <see cref="At"/>; <see cref="Person"/> is null in a gap.
/// <see cref="Since"/> and <see cref="Until"/> bound the current shift (or gap, looked at within a few weeks).
/// </summary>
public sealed record OnCallAnswer(string Schedule, DateTimeOffset At, Person? Person, OnCallSource Source, DateTimeOffset Since, DateTimeOffset Until)
{
    public bool IsGap => Person is null;
}
