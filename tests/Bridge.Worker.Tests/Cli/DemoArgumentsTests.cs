using Bridge.Worker.Cli;

namespace Bridge.Worker.Tests.Cli;

public sealed class DemoArgumentsTests
{
    [Fact]
    public void Parse_NoSwitches_RunsUntilStoppedAtSixtyTimesRealTime()
    {
        var arguments = DemoArguments.Parse(["--urls", "http://127.0.0.1:0"]);

        Assert.Equal((false, null, 60d, null), (arguments.Once, arguments.At, arguments.Speed, arguments.Error));
        Assert.Equal(["--urls", "http://127.0.0.1:0"], arguments.HostArgs);
    }

    [Fact]
    public void Parse_DemoSwitches_AreTakenOutOfTheHostArguments()
    {
        var arguments = DemoArguments.Parse(["--once", "--at", "2026-11-24 02:00", "--speed=120", "--urls", "http://127.0.0.1:0"]);

        Assert.Equal((true, "2026-11-24 02:00", 120d, null), (arguments.Once, arguments.At, arguments.Speed, arguments.Error));
        Assert.Equal(["--urls", "http://127.0.0.1:0"], arguments.HostArgs);
    }

    [Theory]
    [InlineData("--speed", "fast", "--speed must be a number from 1 to 3600")]
    [InlineData("--speed", "0", "--speed must be a number from 1 to 3600")]
    [InlineData("--at", null, "--at needs a value")]
    public void Parse_BadValue_SaysWhatIsExpected(string name, string? value, string expected)
    {
        var arguments = DemoArguments.Parse(value is null ? [name] : [name, value]);

        Assert.StartsWith(expected, arguments.Error);
    }
}
