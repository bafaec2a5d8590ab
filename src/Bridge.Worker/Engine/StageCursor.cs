namespace Bridge.Worker.Engine;

/// <summary>
/// How far a stage has got through its input, and the item it is stuck on, if any: the position it failed at, how
/// many attempts failed, the last reason and when it is tried again.
/// </summary>
internal sealed record StageCursor(long Position, long? FailingPosition = null, int Attempts = 0, string? LastError = null, DateTimeOffset? RetryAt = null)
{
    public bool IsFailing => FailingPosition is not null;
}
