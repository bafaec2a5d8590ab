using Bridge.Worker.WriteBack;

namespace Bridge.Worker.Tests.WriteBack;

public sealed class OutboxBackoffTests
{
    private static readonly WriteBackOptions Options = new()
    {
        RetryBaseDelay = TimeSpan.FromSeconds(5),
        RetryMaxDelay = TimeSpan.FromMinutes(5),
        MaxRetryAfter = TimeSpan.FromMinutes(15),
    };

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(4, 40)]
    [InlineData(7, 300)]
    [InlineData(40, 300)]
    public void Delay_MiddleJitter_DoublesPerAttemptUpToTheCap(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), OutboxBackoff.Delay(attempts, null, Options, 0.5));

    [Fact]
    public void Delay_Jitter_StaysWithinTwentyPercentAndUnderTheCap()
    {
        Assert.Equal(TimeSpan.FromSeconds(4), OutboxBackoff.Delay(1, null, Options, 0));
        Assert.InRange(OutboxBackoff.Delay(1, null, Options, 0.999), TimeSpan.FromSeconds(5.9), TimeSpan.FromSeconds(6));
        Assert.Equal(TimeSpan.FromMinutes(5), OutboxBackoff.Delay(10, null, Options, 0.999));
    }

    [Fact]
    public void Delay_ServerGaveRetryAfter_ThatWaitUpToTheLimit()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), OutboxBackoff.Delay(1, TimeSpan.FromSeconds(30), Options, 0.5));
        Assert.Equal(TimeSpan.FromMinutes(15), OutboxBackoff.Delay(1, TimeSpan.FromHours(3), Options, 0.5));
    }
}
