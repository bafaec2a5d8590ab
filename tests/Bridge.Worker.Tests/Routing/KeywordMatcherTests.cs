using Bridge.Worker.Routing.Rules;

namespace Bridge.Worker.Tests.Routing;

public sealed class KeywordMatcherTests
{
    [Theory]
    [InlineData("down", "Server down!", true)]
    [InlineData("down", "SERVER DOWN", true)]
    [InlineData("down", "site-down since 02:00", true)]
    [InlineData("down", "Printer in the downtown office", false)]
    [InlineData("down", "breakdown of costs", false)]
    [InlineData("down", "shutdown scheduled", false)]
    [InlineData("not responding", "DC01 not  responding - nobody can log in", true)]
    [InlineData("not responding", "DC01 not-responding", false)]
    [InlineData("POS", "POS terminal 3 slow", true)]
    [InlineData("POS", "Reposition the screen", false)]
    [InlineData("down", null, false)]
    public void IsMatch_Summary_MatchesWholeWordsOnly(string keyword, string? summary, bool expected)
    {
        Assert.Equal(expected, new KeywordMatcher(keyword).IsMatch(summary));
    }
}
