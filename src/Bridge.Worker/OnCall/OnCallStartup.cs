using Microsoft.Extensions.Options;

namespace Bridge.Worker.OnCall;

/// <summary>At start: says who is on call now and warns of every gap in the coming days, so a hole is seen before it matters.</summary>
internal sealed class OnCallStartup(
    OnCallResolver resolver, IOptions<OnCallOptions> options, TimeProvider time, ILogger<OnCallStartup> logger) : IHostedService
{
    internal const int GapsListed = 5;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var model = resolver.Model;
        if (model.Schedules.Count == 0)
        {
            OnCallLog.NoSchedules(logger);
            return Task.CompletedTask;
        }

        OnCallLog.Loaded(logger, model.Schedules.Count, model.People.Count, model.Roles.Count);
        var now = time.GetUtcNow();
        var days = options.Value.GapWarningDays;
        foreach (var schedule in resolver.Schedules)
        {
            var answer = resolver.WhoIsOnCall(schedule, now);
            if (answer.Person is { } person)
            {
                OnCallLog.OnCallNow(logger, schedule, person.Member, answer.Source.ToString(), answer.Until);
            }

            var gaps = resolver.Gaps(schedule, now, now.AddDays(days));
            foreach (var gap in gaps.Take(GapsListed))
            {
                OnCallLog.Gap(logger, schedule, gap.Start, gap.End, Math.Round(gap.Duration.TotalHours, 2));
            }

            if (gaps.Count > GapsListed)
            {
                OnCallLog.ManyGaps(logger, schedule, gaps.Count, days);
            }
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
