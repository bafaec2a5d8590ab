using Bridge.Worker.OnCall;
using Bridge.Worker.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using static Bridge.Worker.Tests.Support.OnCallFixtures;

namespace Bridge.Worker.Tests.OnCall;

public sealed class OnCallStartupTests
{
    private static ListLogger<OnCallStartup> Start(OnCallOptions options, DateTimeOffset now)
    {
        var model = Compile(options);
        var logger = new ListLogger<OnCallStartup>();
        var startup = new OnCallStartup(new OnCallResolver(model, store: null), Microsoft.Extensions.Options.Options.Create(options), new FakeTimeProvider(now), logger);
        startup.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
        return logger;
    }

    [Fact]
    public void StartAsync_GapInTheNextDays_WarnsWithTheGap()
    {
        var layer = Weekly("after-hours", "night1");
        layer.Restrictions = [Window("Monday-Friday", "17:00", "08:00")]; // weekends forgotten
        var options = Options(layer);
        options.Schedules[0].Coverage = AfterHours();
        options.GapWarningDays = 7;

        var logger = Start(options, Ny(2025, 3, 3, 9));

        var gaps = logger.Entries.Where(e => e.Id.Id == 5003).ToList();
        var gap = Assert.Single(gaps);
        Assert.Equal(LogLevel.Warning, gap.Level);
        Assert.Contains("main", gap.Message);
        Assert.Contains("(47 h)", gap.Message); // Saturday 08:00 to Monday 08:00, with the spring-forward night
    }

    [Fact]
    public void StartAsync_FullyCovered_SaysWhoIsOnCallAndWarnsNothing()
    {
        var logger = Start(Options(Weekly("primary", "alice", "bob")), Ny(2025, 3, 3, 9));

        Assert.DoesNotContain(logger.Entries, e => e.Level >= LogLevel.Warning);
        Assert.Contains(logger.Entries, e => e.Id.Id == 5002 && e.Message.Contains("alice", StringComparison.Ordinal));
    }

    [Fact]
    public void StartAsync_NoSchedules_SaysSoOnce()
    {
        var logger = Start(new OnCallOptions(), Ny(2025, 3, 3, 9));

        var entry = Assert.Single(logger.Entries);
        Assert.Equal(5001, entry.Id.Id);
    }
}
