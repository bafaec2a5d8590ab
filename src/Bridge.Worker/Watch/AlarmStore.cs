using Bridge.Worker.Storage;

namespace Bridge.Worker.Watch;

/// <summary>The raised alarms (collection <c>watch_alarms</c>), so a restart neither repeats an alarm nor forgets its all-clear.</summary>
internal sealed class AlarmStore(BridgeDatabase database) : IStorageSetup
{
    private const string CollectionName = "watch_alarms";

    public void Prepare() => database.Collection<RaisedAlarm>(CollectionName).EnsureIndex(a => a.RaisedAt);

    public IReadOnlyList<RaisedAlarm> All() => database.Collection<RaisedAlarm>(CollectionName).Query().OrderBy(a => a.RaisedAt).ToList();

    public void Save(RaisedAlarm alarm) => database.Write(() => database.Collection<RaisedAlarm>(CollectionName).Upsert(alarm));

    public void Remove(string cause) => database.Write(() => database.Collection<RaisedAlarm>(CollectionName).Delete(cause));
}
