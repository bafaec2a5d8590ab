using System.Globalization;
using System.Text;
using Bridge.Worker.Kernel;

namespace Bridge.Worker.WriteBack;

/// <summary>
/// What <c>GET /outbox</c> answers and <c>bridge outbox</c> prints: the mode, the count per state, and the records
/// that want attention (pending, sending, failed, unknown, parked with their reasons, shadowed), oldest first.
/// </summary>
public sealed record OutboxReport(BridgeMode Mode, IReadOnlyDictionary<OutboxState, int> Counts, IReadOnlyList<OutboxRecordView> Records)
{
    /// <summary>States listed by default; sent and skipped records are only counted.</summary>
    public static readonly OutboxState[] Listed =
        [OutboxState.Pending, OutboxState.Sending, OutboxState.Failed, OutboxState.Unknown, OutboxState.Parked, OutboxState.Shadowed];

    internal static OutboxReport Build(OutboxStore store, BridgeMode mode, int maxPerState)
    {
        var records = Listed
            .SelectMany(state => store.InState(state, maxPerState))
            .OrderBy(r => r.Id)
            .Select(OutboxRecordView.From)
            .ToList();
        return new OutboxReport(mode, store.Counts(), records);
    }

    /// <summary>The report as the command line prints it.</summary>
    public string Format()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Outbox ({Mode} mode): ")
            .AppendJoin(", ", Enum.GetValues<OutboxState>().Select(s => $"{Count(s)} {s.ToString().ToLowerInvariant()}"))
            .AppendLine();
        if (Mode == BridgeMode.Shadow)
        {
            text.AppendLine("Shadow mode: nothing is written to ConnectWise; 'shadowed' records are what would have been written.");
        }

        foreach (var group in Records.GroupBy(r => r.State).OrderBy(g => Array.IndexOf(Listed, g.Key)))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{group.Key.ToString().ToLowerInvariant()}:");
            foreach (var record in group)
            {
                text.Append(CultureInfo.InvariantCulture, $"  #{record.Id} ticket #{record.TicketId} {record.Kind} [{record.Key}] {record.Summary}");
                if (record.Attempts > 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $" (attempts {record.Attempts})");
                }

                if (record.NextAttemptAt is { } next && record.State is OutboxState.Failed or OutboxState.Unknown)
                {
                    text.Append(CultureInfo.InvariantCulture, $" next attempt {next:yyyy-MM-ddTHH:mm:ssZ}");
                }

                var reason = record.State is OutboxState.Parked or OutboxState.Shadowed ? record.Outcome : record.LastError;
                if (!string.IsNullOrWhiteSpace(reason))
                {
                    text.Append(" — ").Append(reason);
                }

                text.AppendLine();
            }
        }

        if (Records.Count == 0)
        {
            text.AppendLine("Nothing waiting: every write has been made.");
        }

        return text.ToString();
    }

    private int Count(OutboxState state) => Counts.TryGetValue(state, out var count) ? count : 0;
}
