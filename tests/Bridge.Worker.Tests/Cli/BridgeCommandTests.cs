using Bridge.Worker.Cli;
using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.Cli;

public sealed class BridgeCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void Parse_NoArguments_RunsWithDefaultConfig()
    {
        var command = BridgeCommand.Parse([], _dir.Path);

        Assert.Equal(BridgeCommand.Run, command.Verb);
        Assert.Equal(_dir.Path, command.ConfigDirectory);
        Assert.Null(command.Error);
    }

    [Fact]
    public void Parse_VerbConfigAndHostSwitches_SeparatesThem()
    {
        var command = BridgeCommand.Parse(["validate", "--config", _dir.Path, "--urls", "http://127.0.0.1:0"], "/nowhere");

        Assert.Equal(BridgeCommand.Validate, command.Verb);
        Assert.Equal(_dir.Path, command.ConfigDirectory);
        Assert.Equal(["--urls", "http://127.0.0.1:0"], command.HostArgs);
    }

    [Fact]
    public void Parse_UnknownVerb_ErrorListsCommands()
    {
        var command = BridgeCommand.Parse(["valdate"], _dir.Path);

        Assert.Contains("Unknown command 'valdate'", command.Error);
        Assert.Contains("check-connection", command.Error);
    }

    [Fact]
    public void Parse_MissingConfigDirectory_ErrorNamesIt()
    {
        var command = BridgeCommand.Parse(["--config=/no/such/dir"], _dir.Path);

        Assert.Contains("/no/such/dir", command.Error);
    }

    [Fact]
    public void Parse_ConfigWithoutValue_ErrorExplainsUsage()
    {
        var command = BridgeCommand.Parse(["run", "--config"], _dir.Path);

        Assert.Equal("--config needs a directory: --config DIR", command.Error);
    }

    public void Dispose() => _dir.Dispose();
}
