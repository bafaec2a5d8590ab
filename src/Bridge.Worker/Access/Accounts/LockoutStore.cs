using Bridge.Worker.Storage;
using LiteDB;

namespace Bridge.Worker.Access.Accounts;

/// <summary>The failed sign-ins of each account name (collection <c>access_lockouts</c>).</summary>
internal sealed class LockoutStore(BridgeDatabase database) : IStorageSetup
{
    private const string CollectionName = "access_lockouts";

    public void Prepare() => Lockouts().EnsureIndex(l => l.LockedUntil);

    public AccountLockout? Get(string name) => Lockouts().FindById(KeyOf(name));

    public void Save(AccountLockout lockout) => database.Write(() => Lockouts().Upsert(lockout));

    public void Clear(string name) => database.Write(() => Lockouts().Delete(KeyOf(name)));

    public static string KeyOf(string name) => name.ToLowerInvariant();

    private IDocuments<AccountLockout> Lockouts() => database.Collection<AccountLockout>(CollectionName);
}
