using Bridge.Connectors.Notifications;
using Bridge.Worker.Storage;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Watch;

/// <summary>
/// The dead-man's switch: calls <c>Watch:Heartbeat:Url</c> every <c>Interval</c>, only while the bridge is well
/// (<see cref="WatchConditions.Sickness"/>, with a write to the state file just before), so the external monitor
/// alarms when the bridge is dead, hung or sick. A GET: Healthchecks.io, Uptime Kuma and Better Stack all take one.
/// </summary>
internal sealed class Heartbeat(IHttpClientFactory http, ServiceRunRepository runs, IOptionsMonitor<WatchOptions> options, ILogger<Heartbeat> logger)
{
    public const string HttpClientName = "watch-heartbeat";

    private DateTimeOffset? _lastAt;

    /// <summary>When the heartbeat was last answered with a success.</summary>
    public DateTimeOffset? LastSentAt => _lastAt;

    /// <summary>The withheld reason of the last beat due, null when it was sent.</summary>
    public string? LastWithheld { get; private set; }

    /// <summary>Beats when one is due and the bridge is well; returns whether it beat.</summary>
    public async Task<bool> BeatAsync(WatchSignals signals, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue.Heartbeat;
        if (string.IsNullOrWhiteSpace(settings.Url) || (_lastAt is { } last && now - last < settings.Interval))
        {
            return false;
        }

        var sickness = WatchConditions.Sickness(signals with { StateFileWritable = StateFileTakesWrites(now) }, settings, now);
        if (sickness is not null)
        {
            if (LastWithheld is null)
            {
                WatchLog.HeartbeatWithheld(logger, sickness);
            }

            LastWithheld = sickness;
            return false;
        }

        LastWithheld = null;
        var monitor = AddressMask.For(settings.Url);
        try
        {
            using var response = await http.CreateClient(HttpClientName).GetAsync(new Uri(settings.Url.Trim()), cancellationToken);
            WatchLog.HeartbeatSent(logger, monitor, (int)response.StatusCode);
            if (!response.IsSuccessStatusCode)
            {
                WatchLog.HeartbeatFailed(logger, monitor, $"answered {(int)response.StatusCode}");
                return false;
            }

            _lastAt = now;
            return true;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // Not the exception: its message may carry the URL.
            WatchLog.HeartbeatFailed(logger, monitor, ex.GetType().Name);
            return false;
        }
    }

    private bool StateFileTakesWrites(DateTimeOffset now)
    {
        try
        {
            runs.Probe(now);
            return true;
        }
        catch (Exception ex) when (Storage.StorageFailure.Is(ex))
        {
            return false;
        }
    }
}
