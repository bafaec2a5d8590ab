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

    [Theory]
    [InlineData("--Bridge:Mode=Shadow")]
    [InlineData("Bridge:Mode=Shadow")]
    [InlineData("--Urls=http://127.0.0.1:5080")]
    public void Parse_ConfigurationSetting_GoesToTheHostNotTheVerb(string setting)
    {
        var command = BridgeCommand.Parse(["outbox", setting, $"--config={_dir.Path}"], "/nowhere");

        Assert.Null(command.Error);
        Assert.Equal((BridgeCommand.Outbox, _dir.Path), (command.Verb, command.ConfigDirectory));
        Assert.Equal([setting], command.HostArgs);
    }

    [Fact]
    public void Parse_SectionKeyThenValue_BothGoToTheHost()
    {
        var command = BridgeCommand.Parse(["explain", "--ticket", "5", "--Bridge:Mode", "Shadow", "--config", _dir.Path], "/nowhere");

        Assert.Null(command.Error);
        Assert.Equal(["--Bridge:Mode", "Shadow"], command.HostArgs);
    }

    [Fact]
    public void Parse_VerbOptionsAndSubVerbs_AreNotHostArguments()
    {
        var command = BridgeCommand.Parse(["oncall", "override", "--schedule", "s", "--person", "nobody", "--from", "2026-11-24 17:00", "--to", "2026-11-25 08:00", "--config", _dir.Path], "/nowhere");

        Assert.Null(command.Error);
        Assert.Equal(BridgeCommand.OnCall, command.Verb);
        Assert.Empty(command.HostArgs);
    }

    [Fact]
    public void Parse_VerbInCapitals_IsTheVerb()
    {
        var command = BridgeCommand.Parse(["Validate"], _dir.Path);

        Assert.Equal((BridgeCommand.Validate, (string?)null), (command.Verb, command.Error));
    }

    [Theory]
    [InlineData("valdate")]
    [InlineData("--config", "{dir}", "explian")]
    public void Parse_UnknownVerb_ErrorListsCommands(params string[] args)
    {
        var command = BridgeCommand.Parse(args.Select(a => a.Replace("{dir}", _dir.Path, StringComparison.Ordinal)).ToArray(), _dir.Path);

        Assert.StartsWith($"Unknown command '{args[^1]}'. Commands: run, validate, check-connection, demo, explain, oncall", command.Error, StringComparison.Ordinal);
        Assert.Contains("incident, user, report, storage, help", command.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownOption_ErrorNamesItAndTheVerbsOptions()
    {
        var command = BridgeCommand.Parse(["explain", "--tiket", "5"], _dir.Path);

        Assert.Equal(
            "Unknown option '--tiket' for explain; it takes --ticket, --file, --at, --config. See 'bridge explain --help'.",
            command.Error);
    }

    [Theory]
    [InlineData(new[] { "explain", "--ticket", "1", "--at" }, "--at needs a value: an instant like 2026-11-26T02:00:00-05:00.")]
    [InlineData(new[] { "explain", "--ticket", "12x" }, "--ticket needs a ticket number, not '12x'.")]
    [InlineData(new[] { "explain", "--ticket", "1", "--file", "t.json" }, "explain takes --ticket or --file, not both.")]
    [InlineData(new[] { "tickets", "--recent", "0" }, "Usage: bridge tickets --recent [N]  (N between 1 and 1000)")]
    [InlineData(new[] { "incident" }, "Usage: bridge incident ID")]
    [InlineData(new[] { "incident", "forty-two" }, "'forty-two' is not an incident id: an incident id is a number.")]
    [InlineData(new[] { "outbox", "retry", "x" }, "'x' is not an outbox record id (the number `bridge outbox` shows after #).")]
    [InlineData(new[] { "parked", "dismiss" }, "usage: bridge parked | bridge parked retry <item id>")]
    public void Parse_WrongValue_SaysWhatTheOptionTakes(string[] args, string expected)
    {
        var command = BridgeCommand.Parse(args, _dir.Path);

        Assert.StartsWith(expected, command.Error, StringComparison.Ordinal);
        Assert.EndsWith($"See 'bridge {string.Join(' ', args.Where(a => a is "explain" or "tickets" or "incident" or "outbox" or "parked" or "retry" or "dismiss"))} --help'.", command.Error, StringComparison.Ordinal);
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

        Assert.StartsWith("--config needs a directory: --config DIR", command.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Help_IsHelpEvenWithoutAConfigurationDirectory()
    {
        var command = BridgeCommand.Parse(["explain", "--help"], "/no/such/dir");

        Assert.Equal((BridgeCommand.Help, (string?)null), (command.Verb, command.Error));
    }

    public void Dispose() => _dir.Dispose();
}
