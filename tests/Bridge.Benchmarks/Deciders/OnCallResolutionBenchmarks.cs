using BenchmarkDotNet.Attributes;
using Bridge.Worker.OnCall;
using NodaTime;

namespace Bridge.Benchmarks.Deciders;

/// <summary>
/// Who is on call, on the shipped weekly after-hours rotation: the bare instant lookup, the answer a page uses
/// (with the shift's start and end), and the next ten shifts (the <c>oncall --next</c> view).
/// </summary>
[MemoryDiagnoser]
public class OnCallResolutionBenchmarks
{
    private const string Schedule = "after-hours";
    private static readonly DateTimeOffset SaturdayNight = new(2026, 11, 21, 23, 30, 0, TimeSpan.FromHours(-5));

    private readonly OnCallResolver _resolver = new(DeciderInputs.OnCallModel(), store: null);
    private ScheduleCalculator _calculator = null!;

    [GlobalSetup]
    public void Setup()
    {
        var schedule = _resolver.Model.Schedules[Schedule];
        _calculator = new ScheduleCalculator(schedule, schedule.Overrides);
    }

    [Benchmark(Description = "on-call: member at an instant")]
    public string? MemberAt() => _calculator.Resolve(Instant.FromDateTimeOffset(SaturdayNight)).Member;

    [Benchmark(Description = "on-call: who is on call (with shift)")]
    public object WhoIsOnCall() => _resolver.WhoIsOnCall(Schedule, SaturdayNight);

    [Benchmark(Description = "on-call: next 10 shifts")]
    public int NextTenShifts() => _resolver.NextShifts(Schedule, SaturdayNight, 10).Count;
}
