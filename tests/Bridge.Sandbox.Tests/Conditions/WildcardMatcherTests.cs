using Bridge.Sandbox.Conditions;

namespace Bridge.Sandbox.Tests.Conditions;

public sealed class WildcardMatcherTests
{
    [Theory]
    [InlineData("Server down", "server*", true)]
    [InlineData("Server down", "*DOWN", true)]
    [InlineData("Server down", "*ver d*", true)]
    [InlineData("Server down", "%ver%", true)]
    [InlineData("Server down", "Server", false)]
    [InlineData("Server down", "*up*", false)]
    [InlineData("abcabc", "*abc", true)]
    [InlineData("abcab", "a*b*c", false)]
    [InlineData("", "*", true)]
    [InlineData("", "", true)]
    [InlineData("x", "", false)]
    public void IsMatch_Pattern_MatchesCaseInsensitively(string value, string pattern, bool expected)
    {
        Assert.Equal(expected, WildcardMatcher.IsMatch(value, pattern));
    }
}
