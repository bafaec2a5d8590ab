using System.Diagnostics;
using Bridge.Worker.Demo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace Bridge.Integration.Tests.Demo;

/// <summary>
/// Quartz 4.7 takes the container's <see cref="TimeProvider"/> for "now" and arms its waits as timers of that
/// clock, so on the demo clock a trigger follows demo time. Real seconds here, on purpose.
/// </summary>
public sealed class DemoClockQuartzTests
{
    [Fact]
    public async Task Trigger_FifteenDemoMinutesAway_FiresAfterAboutFifteenRealSecondsAtSixtyTimes()
    {
        var clock = new DemoClock(new DateTimeOffset(2026, 11, 24, 7, 0, 0, TimeSpan.Zero), 60);
        var due = clock.GetUtcNow().AddMinutes(15);
        var fired = new TaskCompletionSource<(DateTimeOffset DemoNow, TimeSpan Real)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var real = Stopwatch.StartNew();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton(new FiredJob.Probe(() => fired.TrySetResult((clock.GetUtcNow(), real.Elapsed))));
        builder.Services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler => scheduler.InstanceName = $"demo-clock-{Guid.NewGuid():N}");
            quartz.ScheduleJob<FiredJob>(trigger => trigger.WithIdentity("step-2").StartAt(due), job => job.WithIdentity("escalate"));
        });
        builder.Services.AddQuartzHostedService();
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var (demoNow, elapsed) = await fired.Task.WaitAsync(TimeSpan.FromSeconds(60));

            Assert.InRange(elapsed, TimeSpan.FromSeconds(14), TimeSpan.FromSeconds(22));
            Assert.InRange(demoNow, due, due.AddMinutes(7));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private sealed class FiredJob(FiredJob.Probe probe) : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
        {
            probe.Fire();
            return ValueTask.CompletedTask;
        }

        public sealed record Probe(Action Fire);
    }
}
