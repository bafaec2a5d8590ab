using BenchmarkDotNet.Attributes;
using Bridge.Worker.Routing.Calendar;
using NodaTime;

namespace Bridge.Benchmarks.Deciders;

/// <summary>
/// Business-time arithmetic on the shipped calendar (New York, 08:00–17:00 weekdays, seven holidays): the
/// open/closed test, SLA due times that cross a weekend and a holiday week, and open time over a week.
/// </summary>
[MemoryDiagnoser]
public class BusinessTimeBenchmarks
{
    private static readonly Instant FridayAfternoon = Instant.FromDateTimeOffset(new DateTimeOffset(2026, 11, 20, 16, 0, 0, TimeSpan.FromHours(-5)));
    private static readonly Instant WednesdayBeforeThanksgiving = Instant.FromDateTimeOffset(new DateTimeOffset(2026, 11, 25, 16, 0, 0, TimeSpan.FromHours(-5)));

    private readonly BusinessCalendar _calendar = DeciderInputs.RoutingPolicy().Default.Calendar;

    [Benchmark(Description = "business time: is open")]
    public bool IsOpen() => _calendar.IsOpen(FridayAfternoon);

    [Benchmark(Description = "business time: +4 h over a weekend")]
    public Instant AddOverWeekend() => _calendar.Add(FridayAfternoon, Duration.FromHours(4));

    [Benchmark(Description = "business time: +48 h over Thanksgiving")]
    public Instant AddOverHolidays() => _calendar.Add(WednesdayBeforeThanksgiving, Duration.FromHours(48));

    [Benchmark(Description = "business time: open time in a week")]
    public Duration OpenTimeInAWeek() => _calendar.OpenTimeBetween(FridayAfternoon, FridayAfternoon + Duration.FromDays(7));
}
