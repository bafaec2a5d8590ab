namespace Bridge.Worker.Engine;

/// <summary>One module of the engine as its loop sees it: run what is pending, say how much is left.</summary>
internal interface IStage : IBacklog
{

    /// <summary>The input whose writers wake this stage.</summary>
    string InputName { get; }

    /// <summary>Works every pending item it can; returns when the item it is stuck on is tried again, or null when nothing waits.</summary>
    Task<DateTimeOffset?> RunPendingAsync(CancellationToken cancellationToken);

    StageCursor? Cursor { get; }
}
