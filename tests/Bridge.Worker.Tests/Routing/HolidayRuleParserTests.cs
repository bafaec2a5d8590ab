using Bridge.Worker.Routing.Calendar;
using NodaTime;

namespace Bridge.Worker.Tests.Routing;

public sealed class HolidayRuleParserTests
{
    [Theory]
    [InlineData("fourth Thursday of November", 2026, "2026-11-26")]
    [InlineData("fourth Thursday of November", 2027, "2027-11-25")]
    [InlineData("Fourth  THURSDAY in november", 2026, "2026-11-26")]
    [InlineData("fourth Thursday of November +1 day", 2026, "2026-11-27")]
    [InlineData("last Monday of May", 2026, "2026-05-25")]
    [InlineData("last Monday of May", 2027, "2027-05-31")]
    [InlineData("first Monday of September", 2026, "2026-09-07")]
    [InlineData("12-25", 2026, "2026-12-25")]
    [InlineData("December 25", 2026, "2026-12-25")]
    [InlineData("2026-12-24", 2026, "2026-12-24")]
    public void Parse_Rule_FallsOnExpectedDate(string rule, int year, string expected)
    {
        var parsed = HolidayRuleParser.Parse(rule);

        Assert.NotNull(parsed);
        Assert.Contains(Date(expected), parsed.DatesIn(year));
    }

    [Theory]
    [InlineData("07-04 observed", 2026, "2026-07-03")] // Saturday → Friday
    [InlineData("12-25 observed", 2022, "2022-12-26")] // Sunday → Monday
    [InlineData("01-01 observed", 2022, "2021-12-31")] // Saturday → Friday of the previous year
    public void Parse_ObservedRule_MovesWeekendHolidayToNearestWeekday(string rule, int year, string observed)
    {
        var dates = HolidayRuleParser.Parse(rule)!.DatesIn(year).ToList();

        Assert.Contains(Date(observed), dates);
    }

    [Fact]
    public void Parse_NotObserved_StaysOnTheWeekend()
    {
        var dates = HolidayRuleParser.Parse("07-04")!.DatesIn(2026).ToList();

        Assert.Equal([Date("2026-07-04")], dates);
    }

    [Fact]
    public void Parse_FifthWeekdayMissingInMonth_NoDateThatYear()
    {
        // November 2026 has only four Fridays (6, 13, 20, 27).
        Assert.Empty(HolidayRuleParser.Parse("fifth Friday of November")!.DatesIn(2026));
    }

    [Theory]
    [InlineData("the third of never")]
    [InlineData("13-01")]
    [InlineData("2026-02-30")]
    [InlineData("02-30")]
    [InlineData("fourth Funday of November")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_Unparseable_ReturnsNull(string? rule)
    {
        Assert.Null(HolidayRuleParser.Parse(rule));
    }

    private static LocalDate Date(string iso) => LocalDate.FromDateTime(DateTime.Parse(iso, System.Globalization.CultureInfo.InvariantCulture));
}
