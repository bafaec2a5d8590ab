using Bridge.Worker.Engine;
using Bridge.Worker.Escalation.Delivery;
using Bridge.Worker.Escalation.Engine;
using Bridge.Worker.Escalation.Timers;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Integration.Tests.Support;

/// <summary>
/// What lets a test move a shared test clock without outrunning the bridge: after each step of the clock, the drive
/// waits (in real time) until every bridge started on that clock has done what is due at the new instant: no stage
/// behind (unless waiting for a retry), no page due, the escalation alarm neither ringing nor set for a time already
/// past. A loaded machine then makes a test slower, not wrong.
/// </summary>
/// <remarks>
/// Work that waits on the test clock itself (a ConnectWise retry's backoff, an attempt's timeout: both run on the
/// bridge's clock) cannot end until the clock moves, so the wait is bounded by <see cref="Grace"/> and the drive
/// goes on; on an idle machine the bridge settles within milliseconds.
/// </remarks>
internal static class Settling
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(3);
    private static readonly Lock Gate = new();
    private static readonly List<(WeakReference<FakeTimeProvider> Clock, WebApplication App)> Bridges = [];

    public static void Register(FakeTimeProvider clock, WebApplication app)
    {
        lock (Gate)
        {
            Bridges.RemoveAll(b => !b.Clock.TryGetTarget(out _));
            Bridges.Add((new WeakReference<FakeTimeProvider>(clock), app));
        }
    }

    public static void Forget(WebApplication app)
    {
        lock (Gate)
        {
            Bridges.RemoveAll(b => ReferenceEquals(b.App, app));
        }
    }

    /// <summary>
    /// Waits at least <paramref name="least"/> (work outside the stages, such as a poll, gets that long, as before
    /// there was a settle) and until every bridge on <paramref name="clock"/> has settled at the clock's instant.
    /// </summary>
    public static async Task SettleAsync(FakeTimeProvider clock, TimeSpan least)
    {
        var floor = Task.Delay(least);
        List<WebApplication> apps;
        lock (Gate)
        {
            apps = Bridges.Where(b => b.Clock.TryGetTarget(out var c) && ReferenceEquals(c, clock)).Select(b => b.App).ToList();
        }

        var deadline = DateTime.UtcNow + Grace;
        // Work started by the step (a timer's callback runs on the pool) needs a moment to show as work.
        await Task.Delay(5);
        while (DateTime.UtcNow < deadline && apps.Any(a => Unsettled(a, clock.GetUtcNow()) is not null))
        {
            await Task.Delay(5);
        }

        await floor;

        if (Environment.GetEnvironmentVariable("BRIDGE_SETTLE_TRACE") is { Length: > 0 } trace
            && apps.Select(a => Unsettled(a, clock.GetUtcNow())).FirstOrDefault(u => u is not null) is { } what)
        {
            File.AppendAllText(trace, $"{clock.GetUtcNow():u} | {what}\n");
        }
    }

    /// <summary>What the bridge still has to do at <paramref name="now"/> (null: nothing).</summary>
    internal static string? Unsettled(WebApplication app, DateTimeOffset now)
    {
        IServiceProvider services;
        try
        {
            services = app.Services;
            _ = services.GetService<StageRegistry>();
        }
        catch (ObjectDisposedException)
        {
            return null;
        }

        foreach (var stage in services.GetRequiredService<StageRegistry>().All)
        {
            if (stage.CountBehind() > 0 && !(stage.Cursor?.RetryAt > now))
            {
                return $"stage {stage.Name} has {stage.CountBehind()} item(s) to work";
            }
        }

        if (services.GetRequiredService<PageQueue>().CountDue(now) is var due and > 0)
        {
            return $"{due} page(s) due for delivery";
        }

        if (services.GetService<IEscalationTimers>() is EscalationAlarm alarm)
        {
            if (alarm.Ringing)
            {
                return "the escalation alarm's run has not ended";
            }

            if (alarm.Next is { } next && next <= now)
            {
                return $"the escalation alarm is set for {next:u}, already past";
            }
        }

        return null;
    }
}
