using Bridge.Worker.Kernel;
using Bridge.Worker.Routing.Calendar;
using NodaTime;

namespace Bridge.Worker.StatusPage;

/// <summary>
/// The line under the clock: whether the MSP is in business hours now (its default calendar), and when that
/// changes. A dispatcher reads "After hours, opens 08:00 (in 5 h 46 min)" before anything else.
/// </summary>
internal static class BusinessHoursBanner
{
    public static HtmlFragment For(BusinessCalendar calendar, StatusClock clock)
    {
        var now = Instant.FromDateTimeOffset(clock.Now);
        if (calendar.IsOpen(now))
        {
            var closes = calendar.OpenIntervalsFrom(now).First().End.ToDateTimeOffset();
            return HtmlWriter.Build(html => html.Append(
                $"<span class=\"hours open\">Business hours</span> <span class=\"hours-next\">closes {clock.Short(closes)} · {clock.Relative(closes)}</span>"));
        }

        var opens = calendar.NextOpening(now).ToDateTimeOffset();
        var label = calendar.HolidayAt(now) is { } holiday ? $"Holiday: {holiday.Name}" : "After hours";
        return HtmlWriter.Build(html => html.Append(
            $"<span class=\"hours closed\">{label}</span> <span class=\"hours-next\">opens {clock.Short(opens)} · {clock.Relative(opens)}</span>"));
    }
}
