namespace Bridge.Worker.WriteBack;

/// <summary>
/// Makes the ConnectWise write of one <see cref="OutboxKind"/>. Throws what the client throws on failure (the
/// outbox classifies it); returns how the record ended otherwise. Calls <see cref="WriteAttempt.MarkCreateSent"/>
/// just before a create leaves, so an unclear failure after it makes the record look before posting again.
/// </summary>
internal interface IOutboxWriter
{
    OutboxKind Kind { get; }

    Task<WriteResult> WriteAsync(WriteAttempt attempt, CancellationToken cancellationToken);
}
