namespace Bridge.Worker.WriteBack;

/// <summary>
/// The status names one service board gets on each bridge event (<c>WriteBack:Statuses:{board}</c>);
/// an event left empty does not change the status on that board.
/// </summary>
public sealed class WriteBackStatusOptions
{
    public string? Acknowledged { get; set; }

    public string? Escalated { get; set; }

    public string? Resolved { get; set; }

    public string? WaitingOnClientExpired { get; set; }

    public string? For(WriteBackEvent writeBackEvent) => writeBackEvent switch
    {
        WriteBackEvent.Acknowledged => Acknowledged,
        WriteBackEvent.Escalated => Escalated,
        WriteBackEvent.Resolved => Resolved,
        WriteBackEvent.WaitingOnClientExpired => WaitingOnClientExpired,
        _ => null,
    };
}
