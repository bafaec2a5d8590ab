using System.Globalization;
using Bridge.Worker.Routing;
using NodaTime;

namespace Bridge.Worker.Escalation.Engine;

/// <summary>Instants as people read them in timeline lines and pages: the MSP's wall clock (<c>Routing:TimeZone</c>).</summary>
internal sealed class LocalClock(Func<DateTimeZone> zone)
{
    public LocalClock(RoutingPolicyProvider routing)
        : this(() => routing.Policy.Default.Calendar.Zone)
    {
    }

    public DateTimeZone Zone => zone();

    /// <summary>02:14</summary>
    public string Time(DateTimeOffset at) => Time(at, Zone);

    /// <summary>2026-11-24 02:14 EST</summary>
    public string Full(DateTimeOffset at) => Full(at, Zone);

    public static string Time(DateTimeOffset at, DateTimeZone zone) =>
        Instant.FromDateTimeOffset(at).InZone(zone).ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Full(DateTimeOffset at, DateTimeZone zone)
    {
        var local = Instant.FromDateTimeOffset(at).InZone(zone);
        return local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " " + local.GetZoneInterval().Name;
    }
}
