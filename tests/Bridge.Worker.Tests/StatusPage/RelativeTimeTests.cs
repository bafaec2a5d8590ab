using Bridge.Worker.StatusPage;

namespace Bridge.Worker.Tests.StatusPage;

public sealed class RelativeTimeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 7, 14, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, "just now")]
    [InlineData(-44, "just now")]
    [InlineData(30, "in under a minute")]
    [InlineData(-60, "1 min ago")]
    [InlineData(240, "in 4 min")]
    [InlineData(-720, "12 min ago")]
    [InlineData(-3540, "59 min ago")]
    [InlineData(3600, "in 1 h")]
    [InlineData(7500, "in 2 h 5 min")]
    [InlineData(-20760, "5 h 46 min ago")]
    [InlineData(39600, "in 11 h")]
    [InlineData(-86400, "1 d ago")]
    [InlineData(187200, "in 2 d 4 h")]
    [InlineData(1209600, "in 14 d")]
    public void Describe_SecondsFromNow_ReadsTheWayAPersonSaysIt(int seconds, string expected) =>
        Assert.Equal(expected, RelativeTime.Describe(Now.AddSeconds(seconds), Now));
}
