using Bridge.Worker.Storage;

namespace Bridge.Worker.Engine;

/// <summary>The items stages parked (collection <c>engine_parked</c>), newest first when read.</summary>
internal sealed class ParkedItemStore(BridgeDatabase database) : IStorageSetup
{
    private const string CollectionName = "engine_parked";

    public void Prepare()
    {
        database.Collection<ParkedItem>(CollectionName).EnsureIndex(p => p.Stage);
    }

    /// <summary>Stores a parked item (joins the caller's transaction when there is one).</summary>
    public void Add(ParkedItem item) => database.Write(() =>
    {
        var collection = database.Collection<ParkedItem>(CollectionName);
        collection.EnsureIndex(p => p.Stage);
        collection.Insert(item);
    });

    public IReadOnlyList<ParkedItem> Recent(int count) =>
        database.Collection<ParkedItem>(CollectionName).Query().OrderByDescending(p => p.Id).Limit(count).ToList();

    /// <summary>Items still waiting for an admin.</summary>
    public int Count() => database.Collection<ParkedItem>(CollectionName).Query().ToEnumerable().Count(p => p.IsOpen);

    public ParkedItem? Get(int id) => database.Collection<ParkedItem>(CollectionName).FindById(id);

    public void Update(ParkedItem item) => database.Write(() => database.Collection<ParkedItem>(CollectionName).Update(item));
}
