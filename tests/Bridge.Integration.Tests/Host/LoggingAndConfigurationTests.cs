using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Cli;
using Bridge.Worker.Hosting;
using Bridge.Worker.Logging;
using Bridge.Worker.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bridge.Integration.Tests.Host;

public sealed class LoggingAndConfigurationTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await SandboxServer.StartAsync(new SandboxOptions { SeedSampleData = false });

    [Fact]
    public async Task LogFile_PrivateKeyLoggedByMistake_IsMaskedInTheFile()
    {
        SandboxConfig.WriteFor(_dir, _sandbox);
        _dir.Write("appsettings.json", """{ "Urls": "http://127.0.0.1:0", "Logging": { "File": { "Path": "logs/bridge-.log" } } }""");
        var app = BridgeApplication.Build(BridgeCommand.Parse(["--config", _dir.Path], _dir.Path));
        await app.StartAsync();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Test");

        logger.LogWarning("Calling ConnectWise with {Credentials}", $"{_sandbox.Options.CompanyId}+{_sandbox.Options.PublicKey}:{_sandbox.Options.PrivateKey}");
        await app.StopAsync();
        await app.DisposeAsync();

        var file = Directory.GetFiles(Path.Combine(_dir.Path, "logs"), "bridge-*.log").Single();
        var text = await File.ReadAllTextAsync(file);
        Assert.Contains($"{_sandbox.Options.PublicKey}:***", text);
        Assert.DoesNotContain(_sandbox.Options.PrivateKey, text);

        Assert.Contains("opened (durable commits: true)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnvironmentVariable_BridgePrefix_OverridesTheFile()
    {
        SandboxConfig.WriteFor(_dir, _sandbox);
        Environment.SetEnvironmentVariable("Bridge__Logging__File__RetainedFileCount", "7");
        try
        {
            await using var app = BridgeApplication.Build(BridgeCommand.Parse(["--config", _dir.Path], _dir.Path));

            Assert.Equal(7, app.Services.GetRequiredService<IOptions<LoggingOptions>>().Value.RetainedFileCount);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Bridge__Logging__File__RetainedFileCount", null);
        }
    }

    [Fact]
    public async Task StoragePath_Default_LivesInDataBesideTheConfiguration()
    {
        SandboxConfig.WriteFor(_dir, _sandbox);
        await using var app = BridgeApplication.Build(BridgeCommand.Parse(["--config", _dir.Path], _dir.Path));
        await app.StartAsync();

        Assert.True(File.Exists(Path.Combine(_dir.Path, "data", "bridge.db")));
        await app.StopAsync();
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}
