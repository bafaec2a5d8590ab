using Bridge.Worker.Kernel;

namespace Bridge.Worker.Tests.Kernel;

public sealed class ConfigKeyTests
{
    [Theory]
    [InlineData("OnCall", "OnCall", true)]
    [InlineData("OnCall:People:0", "OnCall", true)]
    [InlineData("oncall:people", "OnCall:People", true)]
    [InlineData("OnCallX", "OnCall", false)]
    [InlineData("On", "OnCall", false)]
    [InlineData("Logging:File", "Logging:File:Path", false)]
    public void IsUnder_KeyAndPrefix_OnlyWholeSegmentsMatch(string key, string prefix, bool expected)
    {
        Assert.Equal(expected, ConfigKey.IsUnder(key, prefix));
    }
}
