namespace Bridge.Worker.Engine;

/// <summary>What a stage does with one item of its input. Throwing means "not done": the item is tried again, and parked after a few attempts.</summary>
internal interface IStageHandler<in T>
{
    Task HandleAsync(T item, CancellationToken cancellationToken);
}

/// <summary>
/// A handler whose work is only storage writes, done synchronously: the stage runs a whole batch of it inside one
/// transaction (one durable commit for the batch, not one per item). If the batch throws, it is rolled back and the
/// items are run one by one, so only the failing one is retried or parked.
/// </summary>
internal interface IBatchedStageHandler<in T>
{
    void Handle(T item);
}
