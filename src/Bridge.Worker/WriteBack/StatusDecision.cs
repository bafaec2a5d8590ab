namespace Bridge.Worker.WriteBack;

/// <summary>
/// Whether a status write may go ahead, from the ticket as read just before the write. The baseline is the later
/// (by ConnectWise's own <c>lastUpdated</c>) of what the bridge saw when the event was recorded and what the bridge
/// itself last set, so the bridge's own earlier change is not mistaken for a person's.
/// </summary>
internal static class StatusDecision
{
    public static KnownStatus? Baseline(KnownStatus? seenAtEvent, KnownStatus? lastApplied) =>
        (seenAtEvent, lastApplied) switch
        {
            (null, var applied) => applied,
            (var seen, null) => seen,
            // ConnectWise stamps whole seconds: in a tie, the bridge's own write is the later thing it knows of.
            var (seen, applied) => applied.LastUpdated >= seen.LastUpdated ? applied : seen,
        };

    public static (StatusVerdict Verdict, string Reason) Decide(MappedStatus target, KnownStatus current, KnownStatus? baseline)
    {
        if (current.StatusId == target.Id)
        {
            return (StatusVerdict.AlreadyThere, $"the status is already '{target.Name}'");
        }

        if (baseline is not null && current.StatusId != baseline.StatusId)
        {
            // Not "by whom": the ticket's updatedBy names its last change of any kind, often the bridge's own note.
            return (StatusVerdict.KeepOthersChange,
                $"status left at '{current.StatusName}': it was changed in ConnectWise after the bridge last read the ticket (then '{baseline.StatusName}'), so '{target.Name}' was not set");
        }

        return (StatusVerdict.Apply, $"'{current.StatusName}' → '{target.Name}'");
    }
}
