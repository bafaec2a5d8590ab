using Bridge.Worker.OnCall;
using static Bridge.Worker.Tests.Support.OnCallFixtures;

namespace Bridge.Worker.Tests.OnCall;

public sealed class OnCallCalendarTests
{
    [Fact]
    public void ForSchedule_ParsedBackWithIcalNet_OneUtcEventPerShiftWithStableUid()
    {
        var options = Options(Weekly("primary", "alice", "bob"));
        var model = Compile(options);
        var calculator = new ScheduleCalculator(model.Schedules["main"], []);
        var shifts = calculator.NextShifts(Ny(2025, 3, 1, 0), 4);

        var text = OnCallCalendar.ForSchedule("main", shifts, m => model.People.GetValueOrDefault(m), Ny(2025, 3, 1, 0));
        var calendar = Ical.Net.Calendar.Load(text)!;

        var events = calendar.Events.OrderBy(e => e.Start!.AsUtc).ToList();
        Assert.Equal(shifts.Select(s => s.Uid), events.Select(e => e.Uid));
        Assert.Equal(shifts.Select(s => s.Start.UtcDateTime), events.Select(e => e.Start!.AsUtc));
        Assert.Equal(shifts.Select(s => s.End.UtcDateTime), events.Select(e => e.End!.AsUtc));
        Assert.Equal("On call: BOB (bob)", events[0].Summary);
        Assert.Equal("On call: ALICE (alice)", events[1].Summary);
        Assert.Contains("X-WR-CALNAME:On call: main", text);
        Assert.Contains("DTSTART:20250303T130000Z", text);
        Assert.DoesNotContain("+1-555", text); // feeds are unauthenticated: no phone numbers
    }
}
