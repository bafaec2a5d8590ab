using NodaTime;

namespace Bridge.Worker.Routing.Calendar;

/// <summary>
/// The n-th (or last, <see cref="Ordinal"/> = -1) weekday of a month, moved by <see cref="OffsetDays"/>:
/// "fourth Thursday of November", "last Monday of May", "fourth Thursday of November +1 day".
/// </summary>
internal sealed record WeekdayOfMonthHolidayRule(int Ordinal, IsoDayOfWeek Weekday, int Month, int OffsetDays) : IHolidayRule
{
    public IEnumerable<LocalDate> DatesIn(int year)
    {
        LocalDate date;
        if (Ordinal < 0)
        {
            var last = new LocalDate(year, Month, CalendarSystem.Iso.GetDaysInMonth(year, Month));
            date = last.DayOfWeek == Weekday ? last : last.Previous(Weekday);
        }
        else
        {
            var first = new LocalDate(year, Month, 1);
            date = (first.DayOfWeek == Weekday ? first : first.Next(Weekday)).PlusWeeks(Ordinal - 1);
            if (date.Month != Month)
            {
                return [];
            }
        }

        return [date.PlusDays(OffsetDays)];
    }
}
