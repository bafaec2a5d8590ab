using Bridge.Worker.Cli;

namespace Bridge.Worker.Tests.Cli;

public sealed class BridgeHelpTests
{
    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await BridgeCli.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public async Task Help_Root_ListsEveryVerbAndTheHostSettings(string asked)
    {
        var (exit, output, error) = await Run(asked);

        Assert.Equal((0, ""), (exit, error));
        foreach (var verb in new[] { "run", "validate", "check-connection", "demo", "explain", "oncall", "tickets", "outbox", "parked", "incidents", "incident <ID>", "user" })
        {
            Assert.Contains($"  {verb} ", output, StringComparison.Ordinal);
        }

        Assert.Contains("--config <DIR>", output, StringComparison.Ordinal);
        Assert.Contains("--Section:Key value", output, StringComparison.Ordinal);
        Assert.Contains("2 the command line is wrong", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("explain", "--ticket <ID>   the ConnectWise ticket to read and decide", "--file <PATH>", "--at <INSTANT>  the instant to decide at (default now)")]
    [InlineData("oncall override", "--schedule <S>", "--person <P>    who covers the time (a member id), or nobody", "--for <Q>", "--from <TIME>", "--to <TIME>", "--note <TEXT>")]
    [InlineData("demo", "--once", "--at <TIME>", "--speed <N>     demo seconds per real second, from 1 to 3600 (default 60)")]
    public async Task Help_Verb_DescribesEachOption(string verb, params string[] options)
    {
        var (exit, output, _) = await Run([.. verb.Split(' '), "--help"]);

        Assert.Equal(0, exit);
        Assert.Contains($"bridge {verb} [options]", output, StringComparison.Ordinal);
        Assert.All(options, option => Assert.Contains(option, output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Help_OnCall_NamesItsOverrideSubVerb()
    {
        var (_, output, _) = await Run("oncall", "-h");

        Assert.Contains("--next <N>", output, StringComparison.Ordinal);
        Assert.Contains("(default 10)", output, StringComparison.Ordinal);
        Assert.Contains("  override ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WrongOption_Exit2WithTheOptionsName()
    {
        var (exit, output, error) = await Run("oncall", "--next", "many");

        Assert.Equal((2, ""), (exit, output));
        Assert.Equal($"--next needs a number from 0 to 500, not 'many'.{Environment.NewLine}See 'bridge oncall --help'.{Environment.NewLine}", error);
    }

    [Fact]
    public async Task RunAsync_UnknownVerb_Exit2WithTheVerbs()
    {
        var (exit, _, error) = await Run("incidnets");

        Assert.Equal(2, exit);
        Assert.StartsWith("Unknown command 'incidnets'. Commands: run, validate,", error, StringComparison.Ordinal);
    }
}
