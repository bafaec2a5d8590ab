using Bridge.Worker.Kernel;
using Bridge.Worker.Storage;

namespace Bridge.Worker.Routing;

/// <summary>
/// Every configuration a decision was made under (collection <c>config_versions</c>), by version: when it was applied
/// and its versioned sections as JSON without secrets. Written in the decision's own transaction, so a stored decision
/// always finds its configuration: "what did the contract say that night" has an answer after the file changed.
/// </summary>
internal sealed class ConfigurationVersionStore(BridgeDatabase database) : IStorageSetup
{
    private const string CollectionName = "config_versions";
    private volatile string? _stored;

    public void Prepare()
    {
        Versions().EnsureIndex(v => v.AppliedAt);
    }

    /// <summary>Stores <paramref name="applied"/> unless its version is stored already; joins the caller's transaction.</summary>
    public void Keep(AppliedConfiguration applied)
    {
        // Every decision comes here: once a version is seen stored (committed), it is not looked up again.
        if (applied.Version.Hash == _stored)
        {
            return;
        }

        var versions = Versions();
        if (versions.FindById(applied.Version.Hash) is not null)
        {
            _stored = applied.Version.Hash;
            return;
        }

        database.Write(() => versions.Upsert(new StoredConfiguration { Id = applied.Version.Hash, AppliedAt = applied.Version.AppliedAt, Json = applied.Json }));
    }

    /// <summary>The configuration stored under <paramref name="version"/>, or null when none is.</summary>
    public StoredConfiguration? Find(string version) => Versions().FindById(version);

    private IDocuments<StoredConfiguration> Versions() => database.Collection<StoredConfiguration>(CollectionName);
}
