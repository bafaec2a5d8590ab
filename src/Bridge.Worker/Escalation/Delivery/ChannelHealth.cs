using System.Collections.Concurrent;
using Bridge.Connectors.Notifications;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Escalation.Delivery;

/// <summary>
/// Consecutive failed or unknown sends per channel kind. Crossing <see cref="NotificationOptions.FailureThreshold"/>
/// logs once and makes the channel show on <c>/health/ready</c>; one success clears it.
/// </summary>
internal sealed class ChannelHealth(IOptionsMonitor<NotificationOptions> options, ILoggerFactory loggers)
{
    private readonly ConcurrentDictionary<string, Streak> _streaks = new(StringComparer.OrdinalIgnoreCase);
    private readonly ILogger _logger = loggers.CreateLogger(NotificationLog.CategoryName);

    private int _results;

    public int Threshold => options.CurrentValue.FailureThreshold;

    /// <summary>Whether any send has ended since start: before that, nothing is known of the channels.</summary>
    public bool AnyResult => Volatile.Read(ref _results) > 0;

    public void Record(string kind, DeliveryResult result)
    {
        Interlocked.Increment(ref _results);
        if (result.Status == DeliveryStatus.Sent)
        {
            if (_streaks.TryRemove(kind, out var previous) && previous.Count >= Threshold)
            {
                NotificationLog.ChannelRecovered(_logger, kind, previous.Count);
            }

            return;
        }

        var streak = _streaks.AddOrUpdate(kind, _ => new Streak(1, result.Reason), (_, s) => new Streak(s.Count + 1, result.Reason));
        if (streak.Count == Threshold)
        {
            NotificationLog.ChannelFailing(_logger, kind, streak.Count, streak.LastReason);
        }
    }

    /// <summary>Channels at or above the threshold, with their streak.</summary>
    public IReadOnlyDictionary<string, Streak> Failing() =>
        _streaks.Where(p => p.Value.Count >= Threshold).ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>The configured <paramref name="channels"/>, and those of them at or above the threshold (readiness, the self-watch).</summary>
    public (IReadOnlyList<string> Configured, IReadOnlyList<KeyValuePair<string, Streak>> Failing) Of(IEnumerable<INotificationChannel> channels)
    {
        var configured = channels.Where(c => c.IsConfigured).Select(c => c.Kind).ToList();
        return (configured, Failing().Where(f => configured.Contains(f.Key, StringComparer.OrdinalIgnoreCase)).ToList());
    }

    /// <summary>Every channel with at least one failure since its last success, below the threshold too (the status page).</summary>
    public IReadOnlyDictionary<string, Streak> Streaks() =>
        _streaks.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);

    internal sealed record Streak(int Count, string? LastReason);
}
