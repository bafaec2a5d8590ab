using NodaTime;

namespace Bridge.Worker.Routing.Calendar;

/// <summary>When a holiday falls in a given year: the date itself and, for observed rules, the weekday it moves to.</summary>
internal interface IHolidayRule
{
    IEnumerable<LocalDate> DatesIn(int year);
}
