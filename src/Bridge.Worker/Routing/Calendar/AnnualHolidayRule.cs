using NodaTime;

namespace Bridge.Worker.Routing.Calendar;

/// <summary>
/// The same month and day every year, e.g. "12-25". Observed: a Saturday holiday is also off on the
/// Friday before, a Sunday holiday on the Monday after (which can cross a year end: 1 January on a
/// Saturday is observed on 31 December).
/// </summary>
internal sealed record AnnualHolidayRule(int Month, int Day, bool Observed) : IHolidayRule
{
    public IEnumerable<LocalDate> DatesIn(int year)
    {
        if (Day > CalendarSystem.Iso.GetDaysInMonth(year, Month))
        {
            yield break;
        }

        var date = new LocalDate(year, Month, Day);
        yield return date;
        if (Observed && date.DayOfWeek == IsoDayOfWeek.Saturday)
        {
            yield return date.PlusDays(-1);
        }
        else if (Observed && date.DayOfWeek == IsoDayOfWeek.Sunday)
        {
            yield return date.PlusDays(1);
        }
    }
}
