namespace Bridge.Worker.Engine;

/// <summary>A module that can take one of its parked items again (its cause fixed).</summary>
internal interface IRetriesParked
{
    string Name { get; }

    /// <summary>Works the item at <paramref name="position"/> now; returns why it failed again, or null when it was taken.</summary>
    Task<string?> RetryAsync(long position, CancellationToken cancellationToken);
}
