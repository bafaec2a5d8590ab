using NodaTime;

namespace Bridge.Worker.Routing.Calendar;

/// <summary>A single date, e.g. "2026-12-24".</summary>
internal sealed record OneTimeHolidayRule(LocalDate Date) : IHolidayRule
{
    public IEnumerable<LocalDate> DatesIn(int year) => year == Date.Year ? [Date] : [];
}
