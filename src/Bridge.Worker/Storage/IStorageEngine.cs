namespace Bridge.Worker.Storage;

/// <summary>Where the documents live: one LiteDB file, or tables in a PostgreSQL database.</summary>
internal interface IStorageEngine : IDisposable
{
    /// <summary>Names the place for people (health, logs): never a password.</summary>
    string Describe { get; }

    bool IsOpen { get; }

    /// <summary>Opens (or connects) now, so that an unusable store stops the start.</summary>
    void EnsureOpen();

    IDocuments<T> Collection<T>(string name);

    bool HasCollection(string name);

    void DropCollection(string name);

    IReadOnlyList<string> CollectionNames();

    /// <summary>Runs <paramref name="write"/> as one transaction (joining the caller's when there is one).</summary>
    T Write<T>(Func<T> write, bool forceToDisk);
}
