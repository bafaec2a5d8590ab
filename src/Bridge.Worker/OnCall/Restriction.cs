using NodaTime;

namespace Bridge.Worker.OnCall;

/// <summary>
/// A weekly wall-clock window in which a layer is active: on each of <see cref="Days"/> it opens at
/// <see cref="From"/> and closes at the next <see cref="To"/> (the next day when <c>To</c> is not
/// after <c>From</c>; a whole day when they are equal). Weeknights are Mon–Fri 17:00–08:00.
/// </summary>
internal sealed record Restriction(IReadOnlySet<IsoDayOfWeek> Days, LocalTime From, LocalTime To)
{
    public bool Contains(Instant instant, DateTimeZone zone)
    {
        var date = instant.InZone(zone).Date;
        for (var start = date.PlusDays(-1); start <= date; start = start.PlusDays(1))
        {
            if (Days.Contains(start.DayOfWeek))
            {
                var (open, close) = Window(start, zone);
                if (open <= instant && instant < close)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Every instant at which a window opens or closes for windows starting from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public IEnumerable<Instant> Edges(LocalDate first, LocalDate last, DateTimeZone zone)
    {
        for (var date = first; date <= last; date = date.PlusDays(1))
        {
            if (Days.Contains(date.DayOfWeek))
            {
                var (open, close) = Window(date, zone);
                yield return open;
                yield return close;
            }
        }
    }

    private (Instant Open, Instant Close) Window(LocalDate date, DateTimeZone zone)
    {
        var closeDate = To <= From ? date.PlusDays(1) : date;
        return (WallClock.ToInstant(date + From, zone), WallClock.ToInstant(closeDate + To, zone));
    }
}
