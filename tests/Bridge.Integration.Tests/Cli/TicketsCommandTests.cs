using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Cli;

namespace Bridge.Integration.Tests.Cli;

public sealed class TicketsCommandTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await SandboxServer.StartAsync();

    [Fact]
    public async Task TicketsRecent_ServiceRunning_AsksTheServiceAndPrintsOneLinePerChange()
    {
        await using var bridge = await IngestHost.StartAsync(_sandbox, _dir);
        await bridge.WaitForPollsAsync();
        await bridge.WaitForQuietAsync();
        _dir.Write("appsettings.json", $$"""{ "Urls": "http://127.0.0.1:{{bridge.Port}}", "Logging": { "File": { "Enabled": false } } }""");

        var (exit, output) = await RunAsync("tickets", "--recent", "2");

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.Contains("Created", l, StringComparison.Ordinal));
        Assert.All(lines, l => Assert.Contains("Poll", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TicketsRecent_ServiceStopped_ReadsTheStateFile()
    {
        await using (var bridge = await IngestHost.StartAsync(_sandbox, _dir))
        {
            await bridge.WaitForPollsAsync();
            await bridge.WaitForQuietAsync();
        }

        var (exit, output) = await RunAsync("tickets", "--recent");

        Assert.Equal(0, exit);
        Assert.Equal(5, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("#1 ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tickets_WithoutRecent_UsageAndExitTwo()
    {
        SandboxConfig.WriteFor(_dir, _sandbox);

        var (exit, _) = await RunAsync("tickets");

        Assert.Equal(2, exit);
    }

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await BridgeCli.RunAsync([.. args, "--config", _dir.Path], output, error);
        return (exit, output.ToString());
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}
