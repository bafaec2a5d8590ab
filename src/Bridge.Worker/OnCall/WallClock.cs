using NodaTime;
using NodaTime.TimeZones;

namespace Bridge.Worker.OnCall;

/// <summary>
/// Turns a wall-clock time in a zone into an instant with an explicit DST policy (GoAlert's
/// FirstOfDay): a time that happens twice (fall back) is its first occurrence; a time that never
/// happens (spring forward) becomes the first instant after the gap. So a 02:30 handoff on the
/// spring-forward night hands off at 03:00, and no schedule opens or double-counts an hour.
/// </summary>
internal static class WallClock
{
    private static readonly ZoneLocalMappingResolver Resolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    public static Instant ToInstant(LocalDateTime local, DateTimeZone zone) => local.InZone(zone, Resolver).ToInstant();
}
