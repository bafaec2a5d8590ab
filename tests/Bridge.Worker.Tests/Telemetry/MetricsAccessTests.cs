using System.Net;
using Bridge.Worker.Telemetry;

namespace Bridge.Worker.Tests.Telemetry;

public sealed class MetricsAccessTests
{
    private const string Token = "prometheus-scrape-token-0042";

    [Theory]
    [InlineData("127.0.0.1", null, null, true)]
    [InlineData("::1", null, null, true)]
    [InlineData("::ffff:127.0.0.1", null, null, true)]
    [InlineData("10.20.3.4", null, null, false)]
    [InlineData("10.20.3.4", null, Token, false)]
    [InlineData("10.20.3.4", "Bearer " + Token, Token, true)]
    [InlineData("10.20.3.4", "bearer " + Token, Token, true)]
    [InlineData("10.20.3.4", "Bearer " + Token + "x", Token, false)]
    [InlineData("10.20.3.4", "Bearer prometheus-scrape-token-0041", Token, false)]
    [InlineData("10.20.3.4", Token, Token, false)]
    [InlineData("10.20.3.4", "Basic " + Token, Token, false)]
    [InlineData("10.20.3.4", "Bearer ", "", false)]
    [InlineData("10.20.3.4", "Bearer ", null, false)]
    public void Allows_Caller_LoopbackOrTheConfiguredBearerToken(string remote, string? authorization, string? token, bool allowed) =>
        Assert.Equal(allowed, MetricsAccess.Allows(IPAddress.Parse(remote), authorization, token));

    [Fact]
    public void Allows_NoRemoteAddress_OnlyWithTheToken()
    {
        Assert.False(MetricsAccess.Allows(null, null, Token));
        Assert.True(MetricsAccess.Allows(null, "Bearer " + Token, Token));
    }
}
