namespace Bridge.Worker.WriteBack;

/// <summary>The e-mail channel refused a client notice: tried again later when the channel said it may pass, parked otherwise.</summary>
internal sealed class ClientNoticeNotSentException(string message, bool transient) : Exception(message)
{
    public bool Transient { get; } = transient;
}
