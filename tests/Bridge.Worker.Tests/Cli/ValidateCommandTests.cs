using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private Task<(int Exit, string Out, string Err)> Validate() => ValidateRunner.RunAsync(_dir.Path);

    [Fact]
    public async Task Validate_GoodConfig_ExitsZero()
    {
        _dir.Write("bridge.json", "{" + ValidateRunner.ValidConnectWise + "}");

        var (exit, output, error) = await Validate();

        Assert.True(exit == 0, error);
        Assert.Contains("is valid", output);
    }

    [Fact]
    public async Task Validate_ThreeMistakes_PrintsThreeLinesNamingTheKeys()
    {
        _dir.Write("appsettings.json", """
            { "Storage": { "Path": "" }, "Logging": { "File": { "RetainedFileCount": 0 } } }
            """);
        _dir.Write("bridge.json", "{" + ValidateRunner.ValidConnectWise.Replace("https://api-na.myconnectwise.net/v4_6_release/apis/3.0/", "ftp://cw.example.com/") + "}");

        var (exit, _, error) = await Validate();

        Assert.Equal(1, exit);
        var problems = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.Contains("problem(s)", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("Storage:Path", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Logging:File:RetainedFileCount", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("ConnectWise:BaseUrl", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_WrongValueType_NamesKey()
    {
        _dir.Write("bridge.json", "{" + ValidateRunner.ValidConnectWise + ", \"Storage\": { \"DurableCommits\": \"sometimes\" } }");

        var (exit, _, error) = await Validate();

        Assert.Equal(1, exit);
        Assert.Contains("Storage:DurableCommits", error);
    }

    [Fact]
    public async Task Validate_BrokenJson_NamesFileAndPosition()
    {
        _dir.Write("bridge.json", "{ \"ConnectWise\": { \"CompanyId\": \"acme\", } ");

        var (exit, _, error) = await Validate();

        Assert.Equal(1, exit);
        Assert.Contains("bridge.json", error);
        Assert.Contains("line 1", error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Validate_SecretsNeverPrinted()
    {
        _dir.Write("bridge.json", "{" + ValidateRunner.ValidConnectWise.Replace("\"CompanyId\": \"acme\"", "\"CompanyId\": \"\"") + "}");

        var (exit, output, error) = await Validate();

        Assert.Equal(1, exit);
        Assert.DoesNotContain("privkey456", output + error);
    }

    public void Dispose() => _dir.Dispose();
}
