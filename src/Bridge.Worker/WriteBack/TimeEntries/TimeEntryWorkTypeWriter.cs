using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.ConnectWise.Models;

namespace Bridge.Worker.WriteBack.TimeEntries;

/// <summary>
/// Sets the work type of a technician's time entry, after reading the entry: already right, nothing is written;
/// changed by someone since the review read it, theirs is kept. The PATCH replaces one value, so an attempt whose
/// answer was lost is safe to make again, and the read before it finds it done.
/// </summary>
internal sealed class TimeEntryWorkTypeWriter(IConnectWiseApi api) : IOutboxWriter
{
    public OutboxKind Kind => OutboxKind.TimeEntryWorkType;

    public async Task<WriteResult> WriteAsync(WriteAttempt attempt, CancellationToken cancellationToken)
    {
        var write = WriteBackJson.Read<TimeEntryWorkTypeWrite>(attempt.Record);
        var entry = await api.GetTimeEntryAsync(write.TimeEntryId, cancellationToken);
        var current = entry.WorkType?.Name?.Trim();
        if (Same(current, write.WorkType))
        {
            return WriteResult.Applied($"time entry {write.TimeEntryId} already has work type '{write.WorkType}'", write.TimeEntryId);
        }

        if (!Same(current, write.Seen))
        {
            return WriteResult.Skipped(
                $"work type of time entry {write.TimeEntryId} left at '{current ?? "(none)"}': it was changed after the review read it (then '{write.Seen ?? "(none)"}'), so '{write.WorkType}' was not set");
        }

        if (attempt.Shadow)
        {
            return WriteResult.Shadowed($"would set the work type of time entry {write.TimeEntryId} from '{current ?? "(none)"}' to '{write.WorkType}'");
        }

        await api.PatchTimeEntryAsync(write.TimeEntryId, [PatchOperation.Replace("workType", TimeEntryWriter.WorkType(attempt.Targets, write.WorkType))], cancellationToken);
        return WriteResult.Applied($"set the work type of time entry {write.TimeEntryId} from '{current ?? "(none)"}' to '{write.WorkType}'", write.TimeEntryId);
    }

    private static bool Same(string? a, string? b) => string.Equals(a?.Trim() ?? "", b?.Trim() ?? "", StringComparison.OrdinalIgnoreCase);
}
