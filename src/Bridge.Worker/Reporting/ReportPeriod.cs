using System.Globalization;
using NodaTime;

namespace Bridge.Worker.Reporting;

/// <summary>
/// The days a report covers, <see cref="From"/> up to but not including <see cref="To"/>, as dates in the MSP's zone.
/// Its instants are the zone's starts of those days, so a night that changes the clock is one day, 23 or 25 hours long.
/// </summary>
public sealed record ReportPeriod(LocalDate From, LocalDate To, DateTimeZone Zone)
{
    /// <summary>The first instant of <see cref="From"/> in <see cref="Zone"/>.</summary>
    public DateTimeOffset Start => Zone.AtStartOfDay(From).ToDateTimeOffset();

    /// <summary>The first instant of <see cref="To"/> in <see cref="Zone"/> (not included).</summary>
    public DateTimeOffset End => Zone.AtStartOfDay(To).ToDateTimeOffset();

    /// <summary>How many days the period holds.</summary>
    public int Days => Period.Between(From, To, PeriodUnits.Days).Days;

    /// <summary>The last day of the period (the "yesterday" of a report run this morning).</summary>
    public LocalDate LastDay => To.PlusDays(-1);

    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;

    /// <summary>The day of <paramref name="instant"/> in the zone.</summary>
    public LocalDate DayOf(DateTimeOffset instant) => Instant.FromDateTimeOffset(instant).InZone(Zone).Date;

    /// <summary>The <paramref name="days"/> days before today (in the zone of <paramref name="zone"/>), today not included.</summary>
    public static ReportPeriod LastDays(int days, DateTimeOffset now, DateTimeZone zone)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var today = Instant.FromDateTimeOffset(now).InZone(zone).Date;
        return new ReportPeriod(today.PlusDays(-days), today, zone);
    }

    /// <summary>Yesterday in the zone.</summary>
    public static ReportPeriod Yesterday(DateTimeOffset now, DateTimeZone zone) => LastDays(1, now, zone);

    /// <summary>"2026-11-23 – 2026-11-29" (the last day included), or one date for a single day.</summary>
    public override string ToString() => Days == 1
        ? From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : $"{From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} – {LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
