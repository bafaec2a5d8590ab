namespace Bridge.Sandbox.Tests.Api;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData(new[] { "--port", "6001" }, 6001)]
    [InlineData(new[] { "--port=0" }, 0)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:6002" }, 6002)]
    [InlineData(new[] { "--urls=http://localhost:6003;https://localhost:6004" }, 6003)]
    [InlineData(new string[0], 5099)]
    public void Parse_PortOptions_SetThePort(string[] args, int port)
    {
        Assert.Equal(port, SandboxCommandLine.Parse(args).Options.Port);
    }

    [Fact]
    public void Parse_CredentialOptions_SetTheOptions()
    {
        var line = SandboxCommandLine.Parse(["--company", "acme", "--public-key", "pub", "--private-key", "priv", "--no-seed", "--quiet"]);

        Assert.Equal(("acme", "pub", "priv", false, true), (line.Options.CompanyId, line.Options.PublicKey, line.Options.PrivateKey, line.Options.SeedSampleData, line.Quiet));
    }

    [Theory]
    [InlineData(new[] { "--port", "http" }, "--port")]
    [InlineData(new[] { "--port" }, "--port needs a value")]
    [InlineData(new[] { "--colour", "red" }, "Unknown option '--colour'")]
    public void Parse_BadArguments_NameTheOption(string[] args, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => SandboxCommandLine.Parse(args));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_InvalidCodebase_IsRejected()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => SandboxServer.StartAsync(new SandboxOptions { Codebase = "/v4_6_release" }));
    }
}
