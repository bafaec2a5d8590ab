using System.Net;
using Bridge.Worker.StatusPage;

namespace Bridge.Worker.Tests.StatusPage;

public sealed class StatusPageAccessTests
{
    [Theory]
    [InlineData("127.0.0.1", null, true)]
    [InlineData("::1", null, true)]
    [InlineData("10.20.3.4", null, false)]
    [InlineData("10.20.3.4", "10.20.0.0/16", true)]
    [InlineData("::ffff:10.20.3.4", "10.20.0.0/16", true)]
    [InlineData("10.21.3.4", "10.20.0.0/16", false)]
    [InlineData("192.168.1.25", "10.20.0.0/16,192.168.1.25/32", true)]
    [InlineData("203.0.113.9", "not-a-network", false)]
    public void Allows_RemoteAddress_OnlyLoopbackAndTheAllowedNetworks(string remote, string? networks, bool allowed) =>
        Assert.Equal(allowed, StatusPageAccess.Allows(IPAddress.Parse(remote), networks?.Split(',')));
}
