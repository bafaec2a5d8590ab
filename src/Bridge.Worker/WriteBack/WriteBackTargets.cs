namespace Bridge.Worker.WriteBack;

/// <summary>
/// The configured names resolved against ConnectWise at start: per board id the status each event sets, and the
/// work types by name.
/// </summary>
internal sealed class WriteBackTargets(
    IReadOnlyDictionary<int, IReadOnlyDictionary<WriteBackEvent, MappedStatus>> statuses,
    IReadOnlyDictionary<string, int> workTypes)
{
    public static WriteBackTargets None { get; } = new(new Dictionary<int, IReadOnlyDictionary<WriteBackEvent, MappedStatus>>(), new Dictionary<string, int>());

    public IReadOnlyDictionary<int, IReadOnlyDictionary<WriteBackEvent, MappedStatus>> Statuses { get; } = statuses;

    public MappedStatus? StatusFor(int boardId, WriteBackEvent writeBackEvent) =>
        Statuses.TryGetValue(boardId, out var map) && map.TryGetValue(writeBackEvent, out var status) ? status : null;

    public int? WorkTypeId(string name) => workTypes.TryGetValue(name.Trim(), out var id) ? id : null;
}
