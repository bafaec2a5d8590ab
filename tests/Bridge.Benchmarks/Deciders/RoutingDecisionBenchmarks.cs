using Bridge.Worker.Ingest;
using BenchmarkDotNet.Attributes;
using Bridge.Worker.Routing;
using Bridge.Worker.Routing.Rules;

namespace Bridge.Benchmarks.Deciders;

/// <summary>
/// <see cref="RoutingDecider.Decide"/> on the shipped policy, once per path a ticket can take: paged at night
/// through an emergency rule, left for the morning, and a holiday night (the holiday lookup and the search for
/// the next opening across the long weekend).
/// </summary>
[MemoryDiagnoser]
public class RoutingDecisionBenchmarks
{
    private static readonly DateTimeOffset WednesdayNight = new(2026, 11, 18, 2, 0, 0, TimeSpan.FromHours(-5));
    private static readonly DateTimeOffset ThanksgivingNight = new(2026, 11, 26, 2, 0, 0, TimeSpan.FromHours(-5));

    private readonly RoutingPolicy _policy = DeciderInputs.RoutingPolicy();
    private readonly TicketSnapshot _emailOutage = DeciderInputs.Ticket("ContosoLaw", "Priority 2 - Quick Response", "Exchange not responding", "Email", "Outage");
    private readonly TicketSnapshot _printer = DeciderInputs.Ticket("NorthwindDental", "Priority 3 - Normal Response", "Front desk printer jams");
    private readonly TicketSnapshot _serverDown = DeciderInputs.Ticket("NorthwindDental", "Priority 1 - Emergency Response", "DC01 down", "Server", "Outage");

    [Benchmark(Description = "routing: after-hours emergency, page now")]
    public object EmergencyAtNight() => RoutingDecider.Decide(_emailOutage, _policy, WednesdayNight);

    [Benchmark(Description = "routing: after hours, waits for morning")]
    public object NotAnEmergencyAtNight() => RoutingDecider.Decide(_printer, _policy, WednesdayNight);

    [Benchmark(Description = "routing: P1 on a holiday night")]
    public object HolidayNight() => RoutingDecider.Decide(_serverDown, _policy, ThanksgivingNight);
}
