using Bridge.Worker.Cli;

namespace Bridge.Worker.Tests.Cli;

public sealed class HostArgumentsTests
{
    private static readonly HashSet<string> Options = ["--config", "--at", "--note", "--gaps", "--ticket"];

    [Theory]
    [InlineData("--Urls=http://127.0.0.1:5080", "", "--Urls=http://127.0.0.1:5080")]
    [InlineData("Bridge:Mode=Shadow", "", "Bridge:Mode=Shadow")]
    [InlineData("--urls http://127.0.0.1:0", "", "--urls http://127.0.0.1:0")]
    [InlineData("--Environment Production", "", "--Environment Production")]
    [InlineData("--Bridge:Mode Shadow --gaps", "--gaps", "--Bridge:Mode Shadow")]
    [InlineData("--Storage:Path --gaps", "--gaps", "--Storage:Path")]
    [InlineData("--at:2026-11-24T02:00 --config=dir", "--at:2026-11-24T02:00 --config=dir", "")]
    [InlineData("--note a=b", "--note a=b", "")]
    [InlineData("--tiket 5", "--tiket 5", "")]
    [InlineData("oncall override --at 2026-11-24T02:00:00-05:00", "oncall override --at 2026-11-24T02:00:00-05:00", "")]
    public void Split_SettingsInTheHostsForms_GoToTheHostTheRestToTheVerb(string given, string verb, string host)
    {
        var (verbArgs, hostArgs) = HostArguments.Split(given.Split(' '), Options.Contains);

        Assert.Equal(verb, string.Join(' ', verbArgs));
        Assert.Equal(host, string.Join(' ', hostArgs));
    }
}
