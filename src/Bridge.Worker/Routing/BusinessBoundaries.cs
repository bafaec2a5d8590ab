using Bridge.Worker.Engine;
using Bridge.Worker.Ingest;
using Bridge.Worker.Kernel;
using Bridge.Worker.Routing.Rules;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Bridge.Worker.Routing;

/// <summary>
/// Every hour of the week: when a business-hours boundary passes (an opening or a closing of the MSP's hours or of a
/// client's own), every open ticket of the clients it concerns is decided again, through the stages like any change
/// (<see cref="TicketChangeKind.Redecided"/>): a P1 still unanswered at 17:00 moves to the after-hours ladder, a ticket
/// that waited for the morning reaches the desk at the opening. The last boundary handed over is kept, so a boundary
/// passed while the bridge was down is handed over at start; the first start hands over none.
/// </summary>
internal sealed class BusinessBoundaries(
    RoutingPolicyProvider routing,
    TicketTracker tracker,
    PollWatermarkStore watermarks,
    IOptionsMonitor<EngineOptions> options,
    TimeProvider time,
    ILogger<BusinessBoundaries> logger,
    IHostApplicationLifetime? lifetime = null) : BackgroundService
{
    internal const string Scope = "routing:boundaries";

    /// <summary>
    /// Only tickets entered or changed this recently are decided again: every decision is recorded, and a ticket nobody
    /// touched for two weeks neither waits for a morning nor has a desk's ladder running.
    /// </summary>
    internal static readonly TimeSpan Lookback = TimeSpan.FromDays(14);
    private readonly WorkSignal _signal = new();

    /// <summary>
    /// Hands over the boundaries passed since the last pass; returns when the next one is due. Tests call this after
    /// moving the clock.
    /// </summary>
    public async Task<DateTimeOffset?> CheckAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var policy = routing.Policy;
        var profiles = policy.Clients.Prepend(policy.Default).ToList();
        if (watermarks.Get(Scope) is not { } since)
        {
            watermarks.Advance(Scope, now);
            return Next(profiles, now);
        }

        var passed = profiles.Where(p => At(p.Calendar.NextChange(Instant.FromDateTimeOffset(since))) <= now).ToHashSet();
        if (passed.Count > 0)
        {
            var recent = now - Lookback;
            var byProfile = tracker.Open()
                .Where(t => t.LastUpdated >= recent || t.DateEntered >= recent)
                .GroupBy(t => policy.For(t.CompanyIdentifier))
                .Where(g => passed.Contains(g.Key));
            foreach (var group in byProfile)
            {
                var calendar = group.Key.Calendar;
                var boundary = Latest(calendar, since, now);
                var state = calendar.IsOpen(Instant.FromDateTimeOffset(now)) ? "open" : "closed";
                var handed = await tracker.RedecideAsync(group.Select(t => t.Id).ToList(), boundary, state, cancellationToken);
                RoutingLog.BoundaryPassed(logger, group.Key.Company ?? "(default)", state, boundary, handed);
            }
        }

        watermarks.Advance(Scope, now);
        return Next(profiles, now);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (await HostStarted.WaitAsync(lifetime, stoppingToken))
        {
            await ModuleLoop.RunAsync("routing:boundaries", CheckAsync, _signal, options, time, logger, stoppingToken);
        }
    }

    /// <summary>The last boundary of <paramref name="calendar"/> after <paramref name="since"/> and at or before <paramref name="now"/>.</summary>
    private static DateTimeOffset Latest(Calendar.BusinessCalendar calendar, DateTimeOffset since, DateTimeOffset now)
    {
        var boundary = At(calendar.NextChange(Instant.FromDateTimeOffset(since)));
        while (At(calendar.NextChange(Instant.FromDateTimeOffset(boundary))) is var later && later <= now)
        {
            boundary = later;
        }

        return boundary;
    }

    private static DateTimeOffset Next(IEnumerable<ClientProfile> profiles, DateTimeOffset now) =>
        profiles.Min(p => At(p.Calendar.NextChange(Instant.FromDateTimeOffset(now))));

    private static DateTimeOffset At(Instant instant) => instant.ToDateTimeOffset();

    public override void Dispose()
    {
        _signal.Dispose();
        base.Dispose();
    }
}
