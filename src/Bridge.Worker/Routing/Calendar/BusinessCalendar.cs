using NodaTime;
using NodaTime.TimeZones;

namespace Bridge.Worker.Routing.Calendar;

/// <summary>
/// Business hours in one time zone, minus holidays, as instants. Every question is answered on the
/// real timeline: a range is turned into the instants its wall-clock ends map to on that date, so the
/// night with no 02:30 and the night with two 01:30s are counted at their true length.
/// </summary>
internal sealed class BusinessCalendar(DateTimeZone zone, WeeklyHours hours, HolidayCalendar holidays)
{
    // Ten years: a calendar that is never open is rejected by the validator; this only stops a runaway loop.
    private const int MaxDaysSearched = 3660;

    // A start inside a skipped hour opens at the first valid instant after it; an ambiguous start opens at
    // the first occurrence, an ambiguous end closes at the second, so a range never shrinks on the doubled night.
    private static readonly ZoneLocalMappingResolver StartResolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    private static readonly ZoneLocalMappingResolver EndResolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnLater, Resolvers.ReturnStartOfIntervalAfter);

    public DateTimeZone Zone { get; } = zone;

    public WeeklyHours Hours { get; } = hours;

    public HolidayCalendar Holidays { get; } = holidays;

    public ZonedDateTime Local(Instant instant) => instant.InZone(Zone);

    public Holiday? HolidayAt(Instant instant) => Holidays.On(Local(instant).Date);

    public bool IsOpen(Instant instant) => IntervalsOn(Local(instant).Date).Any(i => i.Contains(instant));

    /// <summary>The instant itself when open, otherwise the next opening.</summary>
    public Instant NextOpening(Instant from) => OpenIntervalsFrom(from).First().Start;

    /// <summary>The first opening or closing strictly after <paramref name="after"/>.</summary>
    public Instant NextChange(Instant after)
    {
        foreach (var interval in OpenIntervalsFrom(after))
        {
            if (interval.Start > after)
            {
                return interval.Start;
            }

            if (interval.End > after)
            {
                return interval.End;
            }
        }

        throw new InvalidOperationException("The calendar has no open time left.");
    }

    /// <summary>
    /// The instant at which <paramref name="businessTime"/> of open time has passed after
    /// <paramref name="start"/>. Ending exactly at a closing time returns that closing time.
    /// </summary>
    public Instant Add(Instant start, Duration businessTime)
    {
        if (businessTime < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(businessTime), businessTime, "Business time cannot be negative.");
        }

        var remaining = businessTime;
        foreach (var interval in OpenIntervalsFrom(start))
        {
            if (remaining <= interval.Duration)
            {
                return interval.Start + remaining;
            }

            remaining -= interval.Duration;
        }

        throw new InvalidOperationException("The calendar has no open time left.");
    }

    /// <summary>Open time between two instants (zero when <paramref name="end"/> is not after <paramref name="start"/>).</summary>
    public Duration OpenTimeBetween(Instant start, Instant end)
    {
        var total = Duration.Zero;
        foreach (var interval in OpenIntervalsFrom(start))
        {
            if (interval.Start >= end)
            {
                break;
            }

            total += (interval.End < end ? interval.End : end) - interval.Start;
        }

        return total;
    }

    /// <summary>Open intervals from <paramref name="from"/> onwards, the first one clipped to start there.</summary>
    public IEnumerable<Interval> OpenIntervalsFrom(Instant from)
    {
        var date = Local(from).Date;
        for (var day = 0; day < MaxDaysSearched; day++, date = date.PlusDays(1))
        {
            foreach (var interval in IntervalsOn(date))
            {
                if (interval.End <= from)
                {
                    continue;
                }

                yield return interval.Start < from ? new Interval(from, interval.End) : interval;
            }
        }

        throw new InvalidOperationException($"The calendar is not open once in {MaxDaysSearched} days.");
    }

    private IEnumerable<Interval> IntervalsOn(LocalDate date)
    {
        if (Holidays.On(date) is not null)
        {
            yield break;
        }

        foreach (var range in Hours.On(date.DayOfWeek))
        {
            var start = Zone.ResolveLocal(date + range.Start, StartResolver).ToInstant();
            var end = range.EndsAtMidnight
                ? Zone.AtStartOfDay(date.PlusDays(1)).ToInstant()
                : Zone.ResolveLocal(date + range.End, EndResolver).ToInstant();
            if (end > start)
            {
                yield return new Interval(start, end);
            }
        }
    }
}
