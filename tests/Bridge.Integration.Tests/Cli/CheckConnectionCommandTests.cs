using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Cli;

namespace Bridge.Integration.Tests.Cli;

public sealed class CheckConnectionCommandTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await SandboxServer.StartAsync(new SandboxOptions { SeedSampleData = true });

    private async Task<(int Exit, string Out, string Err)> Check()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await BridgeCli.RunAsync(["check-connection", "--config", _dir.Path], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task CheckConnection_GoodKeys_EveryStepOkExitZero()
    {
        SandboxConfig.WriteFor(_dir, _sandbox);

        var (exit, output, error) = await Check();

        Assert.True(exit == 0, output + error);
        Assert.DoesNotContain("FAIL", output);
        Assert.Contains("read tickets", output);
        Assert.Contains("is ready for the bridge", output);
    }

    [Fact]
    public async Task CheckConnection_WrongPrivateKey_SaysKeysRejectedAndNeverPrintsThem()
    {
        SandboxConfig.WriteFor(_dir, _sandbox, privateKey: "wrong-private-key-value");

        var (exit, output, error) = await Check();

        Assert.Equal(1, exit);
        Assert.Contains("FAIL", output);
        Assert.Contains("key pair", output);
        Assert.DoesNotContain("wrong-private-key-value", output + error);
        Assert.DoesNotContain(_sandbox.Options.PrivateKey, output + error);
    }

    [Fact]
    public async Task CheckConnection_UnknownCompany_SaysCompanyIsNotKnown()
    {
        SandboxConfig.WriteFor(_dir, _sandbox);
        var json = File.ReadAllText(Path.Combine(_dir.Path, "bridge.json")).Replace($"\"CompanyId\": \"{_sandbox.Options.CompanyId}\"", "\"CompanyId\": \"nosuchco\"", StringComparison.Ordinal);
        _dir.Write("bridge.json", json);

        var (exit, output, _) = await Check();

        Assert.Equal(1, exit);
        Assert.Contains("nosuchco", output);
        Assert.Contains("not known", output);
    }

    [Fact]
    public async Task CheckConnection_NothingListening_SaysHostNotReachable()
    {
        SandboxConfig.WriteFor(_dir, _sandbox);
        await _sandbox.DisposeAsync();

        var (exit, output, _) = await Check();

        Assert.Equal(1, exit);
        Assert.Contains("FAIL  host reachable", output);
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}
