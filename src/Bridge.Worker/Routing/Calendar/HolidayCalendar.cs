using NodaTime;

namespace Bridge.Worker.Routing.Calendar;

/// <summary>The configured holidays; answers "is this local date a holiday, and which one".</summary>
internal sealed class HolidayCalendar(IReadOnlyList<Holiday> holidays)
{
    public static HolidayCalendar None { get; } = new([]);

    public IReadOnlyList<Holiday> Holidays { get; } = holidays;

    public Holiday? On(LocalDate date)
    {
        foreach (var holiday in Holidays)
        {
            // An observed date can sit in the neighbouring year (1 January on a Saturday → 31 December).
            for (var year = date.Year - 1; year <= date.Year + 1; year++)
            {
                if (holiday.Rule.DatesIn(year).Contains(date))
                {
                    return holiday;
                }
            }
        }

        return null;
    }
}
