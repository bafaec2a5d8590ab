namespace Bridge.Worker.Storage;

/// <summary>
/// A store that creates its collection and indexes when the service starts, on one thread, before any background loop
/// reads it: LiteDB 5 can fail a read that races the creation of the collection it reads, and then closes the file.
/// </summary>
internal interface IStorageSetup
{
    /// <summary>Creates what the store needs (idempotent); called inside a write.</summary>
    void Prepare();
}
