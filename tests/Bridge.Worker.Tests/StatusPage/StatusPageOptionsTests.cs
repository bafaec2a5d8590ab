using Bridge.Worker.StatusPage;

namespace Bridge.Worker.Tests.StatusPage;

public sealed class StatusPageOptionsTests
{
    [Fact]
    public void Defaults_AreValid_AndShowTwentyDecisionsRefreshingEveryFifteenSeconds()
    {
        var options = new StatusPageOptions();

        var result = new StatusPageOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded);
        Assert.Equal((15, 20, 15, null), (options.RefreshSeconds, options.Decisions, options.TicketChanges, options.AllowedNetworks));
    }

    [Fact]
    public void Validate_BadValues_NamesEveryKey()
    {
        var options = new StatusPageOptions { RefreshSeconds = 1, Decisions = 0, AllowedNetworks = ["10.0.0.0/8", "office"] };

        var failures = new StatusPageOptionsValidator().Validate(null, options).Failures!.ToList();

        Assert.Equal(3, failures.Count);
        Assert.Contains(failures, f => f.Contains("RefreshSeconds", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Decisions", StringComparison.Ordinal));
        Assert.Contains("StatusPage:AllowedNetworks:1 'office' is not a network in CIDR form (e.g. 10.20.0.0/16, 192.168.1.25/32 or ::1/128).", failures);
    }
}
