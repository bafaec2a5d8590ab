using NodaTime;

namespace Bridge.Worker.Demo;

/// <summary>Where the demo night starts when no <c>--at</c> is given: the next weekday 02:00 in the MSP's zone.</summary>
internal static class DemoStart
{
    public static readonly LocalTime NightHour = new(2, 0);

    /// <summary>
    /// The first 02:00 after <paramref name="now"/> (MSP wall clock) that falls on Monday to Friday: after hours,
    /// with a business morning ahead for what can wait.
    /// </summary>
    public static DateTimeOffset Tonight(DateTimeOffset now, DateTimeZone zone)
    {
        var local = Instant.FromDateTimeOffset(now).InZone(zone).LocalDateTime;
        var date = local.TimeOfDay < NightHour ? local.Date : local.Date.PlusDays(1);
        while (date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
        {
            date = date.PlusDays(1);
        }

        // 02:00 never falls in a gap of the zones the bridge ships with, but a lenient resolver keeps any zone safe.
        return (date + NightHour).InZoneLeniently(zone).ToDateTimeOffset();
    }
}
