using Bridge.Worker.Telemetry;

namespace Bridge.Worker.Tests.Telemetry;

public sealed class TelemetryOptionsTests
{
    [Fact]
    public void Defaults_AreValid_MetricsOnLoopbackOnly()
    {
        var options = new TelemetryOptions();

        var result = new TelemetryOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded);
        Assert.Equal((true, null), (options.Enabled, options.MetricsToken));
    }

    [Fact]
    public void Validate_ShortToken_NamesTheKeyAndNotTheToken()
    {
        var failures = new TelemetryOptionsValidator().Validate(null, new TelemetryOptions { MetricsToken = "guessable" }).Failures!.ToList();

        var failure = Assert.Single(failures);
        Assert.Contains("MetricsToken", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("guessable", failure, StringComparison.Ordinal);
    }
}
