namespace Bridge.Worker.Engine;

internal static partial class EngineLog
{
    public const string CategoryName = "Bridge.Worker.Engine";

    [LoggerMessage(EventId = 9500, Level = LogLevel.Warning, Message = "Stage {Stage}: {Item} failed (attempt {Attempt} of {MaxAttempts}); tried again in {Wait}")]
    public static partial void AttemptFailed(ILogger logger, string stage, string item, int attempt, int maxAttempts, TimeSpan wait, Exception exception);

    [LoggerMessage(EventId = 9501, Level = LogLevel.Error, Message = "Stage {Stage}: {Item} parked after {Attempts} attempts; the items behind it go on. See `bridge parked`")]
    public static partial void Parked(ILogger logger, string stage, string item, int attempts, Exception exception);

    [LoggerMessage(EventId = 9502, Level = LogLevel.Warning, Message = "Stage {Stage}: a batch of {Count} failed as one transaction; its items are run one by one")]
    public static partial void BatchFailed(ILogger logger, string stage, int count, Exception exception);

    [LoggerMessage(EventId = 9503, Level = LogLevel.Error, Message = "Stage {Stage}: its loop failed; it runs again at the next wake-up")]
    public static partial void LoopFailed(ILogger logger, string stage, Exception exception);
}
