using Bridge.Worker.Routing.Calendar;
using NodaTime;

namespace Bridge.Worker.Reporting.ServiceDesk;

/// <summary>
/// Business days by the routing calendar: a day the weekly hours open on and no holiday falls on. Counted by date,
/// so a day whose clock changes is one day like any other (its 23 or 25 hours do not make it less or more available).
/// </summary>
internal static class AvailableHours
{
    public static int BusinessDays(BusinessCalendar calendar, ReportPeriod period)
    {
        var days = 0;
        for (var date = period.From; date < period.To; date = date.PlusDays(1))
        {
            if (IsBusinessDay(calendar, date))
            {
                days++;
            }
        }

        return days;
    }

    public static bool IsBusinessDay(BusinessCalendar calendar, LocalDate date) =>
        calendar.Hours.On(date.DayOfWeek).Count > 0 && calendar.Holidays.On(date) is null;

    /// <summary>Business days in an ordinary week (no holiday): five for Monday–Friday hours.</summary>
    public static int BusinessDaysPerWeek(WeeklyHours hours) =>
        Enum.GetValues<IsoDayOfWeek>().Count(d => d != IsoDayOfWeek.None && hours.On(d).Count > 0);
}
