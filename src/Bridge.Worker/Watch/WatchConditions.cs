using System.Globalization;
using Bridge.Worker.Ingest;

namespace Bridge.Worker.Watch;

/// <summary>
/// The pure part of the self-watch: from the signals and an instant, which causes are failing long enough to tell
/// people (<see cref="Failing"/>), and whether the bridge is well enough for the heartbeat (<see cref="Sickness"/>).
/// </summary>
internal static class WatchConditions
{
    public static IReadOnlyList<WatchCondition> Failing(WatchSignals signals, WatchAlarmOptions options, DateTimeOffset now)
    {
        var failing = new List<WatchCondition>();
        var poll = signals.Poll;
        if (poll.FailingSince is { } since)
        {
            var condition = poll.Refused
                ? new WatchCondition(WatchCause.ConnectWise, "Bridge: ConnectWise refuses the bridge's keys",
                    $"ConnectWise has answered {(int)poll.LastStatus!} to every poll since {Utc(since)} ({Minutes(now - since)}): check the API member's keys and security role. Tickets are not being read. Last error: {poll.LastError}")
                : new WatchCondition(WatchCause.ConnectWise, "Bridge: ConnectWise unreachable",
                    $"Every poll has failed since {Utc(since)} ({Minutes(now - since)}); tickets are not being read. Last error: {poll.LastError}");
            failing.Add(condition with { Confirmed = now - since >= options.ConnectWiseDownAfter });
        }
        else if (poll.LastCycleAt is null)
        {
            // No poll has ended since the start: not known yet, so an alarm raised before a restart stays raised.
            failing.Add(new WatchCondition(WatchCause.ConnectWise, "Bridge: ConnectWise not polled yet", "No poll has ended since the start.", Confirmed: false));
        }

        var lastCycle = poll.LastCycleAt ?? poll.StartedAt;
        if (now - lastCycle >= options.PollStaleAfter)
        {
            failing.Add(new WatchCondition(WatchCause.Polling, "Bridge: polling has stopped",
                $"No poll of ConnectWise has ended since {Utc(lastCycle)} ({Minutes(now - lastCycle)}); the poll timer is not running."));
        }

        if (signals.ChannelsConfigured > 0 && signals.ChannelsFailing.Count >= signals.ChannelsConfigured)
        {
            failing.Add(new WatchCondition(WatchCause.Channels, "Bridge: every channel is failing",
                $"No page can be delivered: {string.Join("; ", signals.ChannelsFailing)}."));
        }
        else if (!signals.ChannelsKnown)
        {
            // Nothing sent since the start: an alarm raised before a restart stays raised until a send says otherwise.
            failing.Add(new WatchCondition(WatchCause.Channels, "Bridge: channels not tried yet", "Nothing has been sent since the start.", Confirmed: false));
        }

        if (signals.Parked > 0)
        {
            failing.Add(new WatchCondition(WatchCause.Outbox, "Bridge: writes to ConnectWise parked",
                $"{signals.Parked.ToString(CultureInfo.InvariantCulture)} write(s) to ConnectWise parked; latest: {signals.LatestParked}. See `bridge outbox`; `bridge outbox retry N` once the cause is fixed."));
        }

        if (signals.DiskFreePercent is { } free && free < options.DiskFreeBelowPercent)
        {
            failing.Add(new WatchCondition(WatchCause.Disk, "Bridge: the state file's disk is nearly full",
                $"The disk holding the state file has {free.ToString("0.#", CultureInfo.InvariantCulture)}% free (alarm below {options.DiskFreeBelowPercent.ToString(CultureInfo.InvariantCulture)}%)."));
        }

        if (signals.ClockJumpedAt is { } jump && now - jump.At < options.ClockSteadyFor)
        {
            failing.Add(new WatchCondition(WatchCause.Clock, "Bridge: the clock jumped",
                $"At {Utc(jump.At)} the system clock moved {Minutes(jump.By.Duration())} {(jump.By > TimeSpan.Zero ? "ahead of" : "behind")} the time that passed; due pages may be early or late. Check the time service (NTP)."));
        }

        return failing;
    }

    /// <summary>Why the bridge is not well enough for a heartbeat; null when it is.</summary>
    public static string? Sickness(WatchSignals signals, HeartbeatOptions options, DateTimeOffset now)
    {
        var poll = signals.Poll;
        if (poll.FailingSince is not null)
        {
            return $"polls failing since {Utc(poll.FailingSince.Value)}";
        }

        if (poll.LastSucceededAt is not { } polled || now - polled > options.PollWithin)
        {
            return poll.LastSucceededAt is null ? "no poll has succeeded yet" : $"no poll succeeded since {Utc(poll.LastSucceededAt.Value)}";
        }

        if (signals.SweptAt is not { } swept || now - swept > options.SweepWithin)
        {
            return signals.SweptAt is null ? "the escalation sweeper has not run yet" : $"the escalation sweeper has not run since {Utc(signals.SweptAt.Value)}";
        }

        if (signals.StateFileWritable == false)
        {
            return "the state file takes no writes";
        }

        return signals.ChannelsConfigured > 0 && signals.ChannelsFailing.Count >= signals.ChannelsConfigured ? "every channel is failing" : null;
    }

    private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Minutes(TimeSpan span) =>
        span < TimeSpan.FromMinutes(1) ? $"{span.TotalSeconds:0} s" : $"{Math.Floor(span.TotalMinutes).ToString(CultureInfo.InvariantCulture)} min";
}
