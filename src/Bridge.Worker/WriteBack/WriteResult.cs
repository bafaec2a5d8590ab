namespace Bridge.Worker.WriteBack;

/// <summary>How an attempt ended when it did not fail: the final state and the timeline line that says so.</summary>
internal sealed record WriteResult(OutboxState State, string Text, int? ConnectWiseId = null, KnownStatus? StatusNow = null)
{
    public static WriteResult Applied(string text, int? connectWiseId = null, KnownStatus? statusNow = null) =>
        new(OutboxState.Sent, text, connectWiseId, statusNow);

    public static WriteResult Skipped(string text) => new(OutboxState.Skipped, text);

    public static WriteResult Shadowed(string text) => new(OutboxState.Shadowed, "shadow mode: " + text);
}
