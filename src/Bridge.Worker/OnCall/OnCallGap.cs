namespace Bridge.Worker.OnCall;

/// <summary>A period in which nobody is on call for a schedule.</summary>
public sealed record OnCallGap(string Schedule, DateTimeOffset Start, DateTimeOffset End)
{
    public TimeSpan Duration => End - Start;
}
