using Bridge.Connectors.Notifications;
using Bridge.Worker.Escalation.Delivery;
using Bridge.Worker.Escalation.Timers;
using Bridge.Worker.Ingest;
using Bridge.Worker.Storage;
using Bridge.Worker.WriteBack;

namespace Bridge.Worker.Watch;

/// <summary>Reads <see cref="WatchSignals"/> from the statuses the stages already keep; it keeps no books of its own.</summary>
internal sealed class WatchSignalReader(
    PollStatus poll,
    SweepStatus sweep,
    ChannelHealth channelHealth,
    IEnumerable<INotificationChannel> channels,
    OutboxStore outbox,
    BridgeDatabase database,
    IDiskSpace disk,
    ClockWatch clock)
{
    public WatchSignals Read()
    {
        var (configured, failing) = channelHealth.Of(channels);
        var parked = outbox.InState(OutboxState.Parked);
        var latest = parked.Count == 0 ? null : parked.MaxBy(r => r.Id)!;
        return new WatchSignals(
            poll.Read(),
            sweep.LastRanAt,
            configured.Count,
            failing.Select(f => $"{f.Key} failed {f.Value.Count} times in a row (last: {f.Value.LastReason})").ToList(),
            parked.Count,
            latest is null ? null : $"#{latest.Id} {latest.Kind} for ticket #{latest.TicketId}: {latest.LastError ?? latest.Outcome}",
            disk.FreePercent(database.IsFile ? database.FilePath : AppContext.BaseDirectory),
            clock.LastJump,
            ChannelsKnown: channelHealth.AnyResult);
    }
}
