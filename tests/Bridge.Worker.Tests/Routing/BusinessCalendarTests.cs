using Bridge.Worker.Tests.Support;
using NodaTime;
using static Bridge.Worker.Tests.Support.RoutingFixtures;

namespace Bridge.Worker.Tests.Routing;

public sealed class BusinessCalendarTests
{
    public static TheoryData<string, string, bool> WeekdayBoundaries()
    {
        var data = new TheoryData<string, string, bool>();
        // 2026-11-16 is a Monday; every weekday has the same four boundaries.
        for (var day = 16; day <= 20; day++)
        {
            var date = $"2026-11-{day}";
            data.Add(date, "07:59", false);
            data.Add(date, "08:00", true);
            data.Add(date, "16:59", true);
            data.Add(date, "17:00", false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WeekdayBoundaries))]
    public void IsOpen_WeekdayBoundary_OpenFrom0800UntilBefore1700(string date, string time, bool open)
    {
        var calendar = Calendar();

        Assert.Equal(open, calendar.IsOpen(Local(calendar, $"{date}T{time}")));
    }

    [Theory]
    [InlineData("2026-11-21T10:00")] // Saturday
    [InlineData("2026-11-22T10:00")] // Sunday
    [InlineData("2026-11-26T10:00")] // Thanksgiving
    public void IsOpen_WeekendOrHoliday_Closed(string local)
    {
        var calendar = Calendar(holidayRules: "fourth Thursday of November");

        Assert.False(calendar.IsOpen(Local(calendar, local)));
    }

    [Theory]
    [InlineData("2026-11-20T16:00", 4, "2026-11-23 11:00")] // the example: Friday 16:00 + 4 h
    [InlineData("2026-11-20T13:00", 4, "2026-11-20 17:00")] // ending exactly at closing time stays Friday
    [InlineData("2026-11-20T20:00", 1, "2026-11-23 09:00")] // starting after hours counts from the next opening
    [InlineData("2026-11-25T16:00", 2, "2026-11-27 09:00")] // Thanksgiving is skipped
    [InlineData("2026-12-31T16:00", 2, "2027-01-04 09:00")] // year end: 1 January 2027 is a Friday holiday
    [InlineData("2026-03-06T16:00", 4, "2026-03-09 11:00")] // across the US spring-forward weekend
    [InlineData("2026-10-30T16:00", 4, "2026-11-02 11:00")] // across the US fall-back weekend
    public void Add_BusinessHours_SkipsNightsWeekendsAndHolidays(string start, int hours, string expected)
    {
        var calendar = Calendar(holidayRules: ["fourth Thursday of November", "01-01 observed"]);

        var due = calendar.Add(Local(calendar, start), Duration.FromHours(hours));

        Assert.Equal(expected, LocalText(calendar, due));
    }

    [Theory]
    // US: 2026-03-08 02:00 → 03:00 (no 02:30), 2026-11-01 02:00 → 01:00 (01:30 twice).
    [InlineData("America/New_York", "2026-03-08", 23)]
    [InlineData("America/New_York", "2026-11-01", 25)]
    // EU: 2026-03-29 02:00 → 03:00, 2026-10-25 03:00 → 02:00.
    [InlineData("Europe/Berlin", "2026-03-29", 23)]
    [InlineData("Europe/Berlin", "2026-10-25", 25)]
    public void OpenTimeBetween_DstNightOnAllDayCalendar_CountsRealHours(string zone, string date, int hours)
    {
        var calendar = Calendar(zone, AllDay());
        var start = calendar.Zone.AtStartOfDay(LocalDate.FromDateTime(DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture))).ToInstant();

        var nextMidnight = calendar.Zone.AtStartOfDay(start.InZone(calendar.Zone).Date.PlusDays(1)).ToInstant();

        Assert.Equal(Duration.FromHours(hours), calendar.OpenTimeBetween(start, nextMidnight));
    }

    [Theory]
    [InlineData("America/New_York", "2026-03-08T01:30", 1, "2026-03-08 03:30")] // 02:30 does not exist
    [InlineData("Europe/Berlin", "2026-03-29T01:30", 1, "2026-03-29 03:30")]
    [InlineData("America/New_York", "2026-11-01T00:30", 2, "2026-11-01 01:30")] // the second 01:30
    [InlineData("Europe/Berlin", "2026-10-25T01:30", 2, "2026-10-25 02:30")]
    public void Add_AcrossDstNight_AddsRealElapsedTime(string zone, string start, int hours, string expectedLocal)
    {
        var calendar = Calendar(zone, AllDay());
        var from = Local(calendar, start);

        var due = calendar.Add(from, Duration.FromHours(hours));

        Assert.Equal(expectedLocal, LocalText(calendar, due));
        Assert.Equal(Duration.FromHours(hours), due - from);
    }

    [Fact]
    public void NextOpening_RangeStartingInSkippedHour_OpensAtFirstValidInstant()
    {
        var hours = new Dictionary<string, List<string>> { ["Sunday"] = ["02:30-05:00"] };
        var calendar = Calendar("America/New_York", hours);

        var opening = calendar.NextOpening(Local(calendar, "2026-03-08T00:00"));

        Assert.Equal("2026-03-08 03:00", LocalText(calendar, opening));
    }

    [Fact]
    public void Add_SeveralRangesPerDay_SkipsLunchBreak()
    {
        var hours = new Dictionary<string, List<string>> { ["Monday"] = ["08:00-12:00", "13:00-17:00"] };
        var calendar = Calendar("America/New_York", hours);

        var due = calendar.Add(Local(calendar, "2026-11-16T11:00"), Duration.FromHours(2));

        Assert.Equal("2026-11-16 14:00", LocalText(calendar, due));
        Assert.False(calendar.IsOpen(Local(calendar, "2026-11-16T12:30")));
    }

    [Fact]
    public void Add_AcrossMidnightOnAllDayCalendar_Continues()
    {
        var calendar = Calendar("America/New_York", AllDay());

        var due = calendar.Add(Local(calendar, "2026-12-31T23:00"), Duration.FromHours(2));

        Assert.Equal("2027-01-01 01:00", LocalText(calendar, due));
    }

    [Fact]
    public void HolidayAt_ObservedSaturdayHoliday_FridayIsTheHoliday()
    {
        var calendar = Calendar(holidayRules: "07-04 observed");

        var holiday = calendar.HolidayAt(Local(calendar, "2026-07-03T10:00"));

        Assert.NotNull(holiday);
        Assert.Equal("07-04 observed", holiday.RuleText);
        Assert.False(calendar.IsOpen(Local(calendar, "2026-07-03T10:00")));
    }
}
