using Bridge.Worker.Storage;

namespace Bridge.Worker.OnCall;

/// <summary>Overrides added at run time, kept in the state file so they survive a restart.</summary>
internal sealed class OnCallOverrideRepository(BridgeDatabase database) : IStorageSetup
{
    public void Prepare()
    {
        database.Collection<OnCallOverrideRecord>(CollectionName).EnsureIndex(o => o.Schedule);
    }

    private const string CollectionName = "oncall_overrides";

    public OnCallOverride Add(OnCallOverride entry)
    {
        var record = new OnCallOverrideRecord
        {
            Id = entry.Id,
            Schedule = entry.Schedule,
            Person = entry.Person,
            For = entry.For,
            From = entry.From,
            To = entry.To,
            CreatedAt = entry.CreatedAt,
            Note = entry.Note,
        };
        var overrides = database.Collection<OnCallOverrideRecord>(CollectionName);
        database.Write(() =>
        {
            overrides.EnsureIndex(o => o.Schedule);
            overrides.Insert(record);
        });
        return record.ToOverride();
    }

    /// <summary>Oldest first, so that a later override sits on top of an earlier one.</summary>
    public IReadOnlyList<OnCallOverride> ForSchedule(string schedule) =>
        database.Collection<OnCallOverrideRecord>(CollectionName)
            .Find(o => o.Schedule == schedule)
            .OrderBy(o => o.CreatedAt)
            .ThenBy(o => o.Id, StringComparer.Ordinal)
            .Select(o => o.ToOverride())
            .ToList();
}
