using Bridge.Worker.Cli;
using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.Cli;

public sealed class DemoArgumentsTests
{
    [Fact]
    public void Parse_NoSwitches_RunsUntilStoppedAtSixtyTimesRealTime()
    {
        var arguments = VerbArguments.Read<DemoArguments>(DemoArguments.CreateCommand);

        Assert.Equal(new DemoArguments(false, null, 60), arguments);
    }

    [Fact]
    public void Parse_DemoSwitches_AreRead()
    {
        var arguments = VerbArguments.Read<DemoArguments>(DemoArguments.CreateCommand, "--once", "--at", "2026-11-24 02:00", "--speed=120");

        Assert.Equal(new DemoArguments(true, "2026-11-24 02:00", 120), arguments);
    }

    [Fact]
    public void Parse_HostSwitches_AreTakenOutForTheHost()
    {
        var command = BridgeCommand.Parse(["demo", "--once", "--urls", "http://127.0.0.1:0"], AppContext.BaseDirectory);

        Assert.Null(command.Error);
        Assert.Equal(["--urls", "http://127.0.0.1:0"], command.HostArgs);
    }

    [Theory]
    [InlineData("--speed", "fast", "--speed must be a number from 1 to 3600 (demo seconds per real second), not 'fast'.")]
    [InlineData("--speed", "0", "--speed must be a number from 1 to 3600")]
    [InlineData("--at", null, "--at needs a value: a time like 2026-11-24 02:00.")]
    [InlineData("--speed", null, "--speed needs a value: a number from 1 to 3600")]
    public void Parse_BadValue_SaysWhatIsExpected(string name, string? value, string expected)
    {
        var command = BridgeCommand.Parse(value is null ? ["demo", name] : ["demo", name, value], AppContext.BaseDirectory);

        Assert.StartsWith(expected, command.Error, StringComparison.Ordinal);
    }
}
