using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Bridge.Integration.Tests.Support;

namespace Bridge.Integration.Tests.Cli;

/// <summary>The worker as the admin runs it: a real process, its exit code and its output.</summary>
public sealed class WorkerProcessTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private static async Task<(int Exit, string Out, string Err)> RunWorker(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Bridge.Worker.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Validate_ThreeMistakes_ThreeLinesNamingKeysAndExitOne()
    {
        _dir.Write("appsettings.json", """{ "Storage": { "Path": "" }, "Logging": { "File": { "RetainedFileCount": 0 } } }""");
        _dir.Write("bridge.json", """
            { "ConnectWise": { "BaseUrl": "https://api-na.myconnectwise.net/v4_6_release/apis/3.0/", "CompanyId": "acme",
              "PublicKey": "pub", "PrivateKey": "secret-private-key", "ClientId": "not-a-guid" } }
            """);

        var (exit, output, error) = await RunWorker("validate", "--config", _dir.Path);

        Assert.Equal(1, exit);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(4, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("ConnectWise:ClientId", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Storage:Path", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Logging:File:RetainedFileCount", StringComparison.Ordinal));
        Assert.Equal($"3 problem(s) in the configuration in {_dir.Path}.", lines[^1]);
        Assert.DoesNotContain("secret-private-key", output + error);
    }

    [Fact]
    public async Task Run_BadConfig_StopsBeforeStartingWithExitOne()
    {
        _dir.Write("bridge.json", """{ "ConnectWise": { "CompanyId": "acme" } }""");

        var (exit, _, error) = await RunWorker("run", "--config", _dir.Path);

        Assert.Equal(1, exit);
        Assert.Contains("ConnectWise:PublicKey", error);
        Assert.Contains("The bridge did not start", error);
    }

    [Fact]
    public async Task Run_BadConfig_LogsOneFatalLineWithoutTheValues()
    {
        _dir.Write("bridge.json", """{ "ConnectWise": { "CompanyId": "acme", "PrivateKey": "secret-private-key" } }""");

        var (exit, output, error) = await RunWorker("run", "--config", _dir.Path);

        Assert.Equal(1, exit);
        var fatal = Assert.Single(output.Split('\n'), line => line.Contains("[FTL]", StringComparison.Ordinal));
        Assert.EndsWith("[FTL] Bridge.Worker: The bridge did not start: 3 problem(s) in the configuration", fatal.TrimEnd());
        Assert.DoesNotContain("secret-private-key", output + error);
    }

    [Fact]
    public async Task Run_PortAlreadyInUse_LogsTheCauseAsFatalAndExitsOne()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        _dir.Write("appsettings.json", $$"""{ "Urls": "http://127.0.0.1:{{port}}", "Logging": { "File": { "Enabled": false } } }""");
        _dir.Write("bridge.json", """
            { "ConnectWise": { "BaseUrl": "http://127.0.0.1:9/v4_6_release/apis/3.0/", "CompanyId": "msp",
              "PublicKey": "pub", "PrivateKey": "secret-private-key", "ClientId": "3f0e5c1a-8d0e-4c4e-9a57-6c1b2f1d9e11" } }
            """);

        var (exit, output, error) = await RunWorker("run", "--config", _dir.Path);

        Assert.Equal(1, exit);
        Assert.Contains("[FTL] Bridge.Worker: The bridge stopped", output);
        Assert.Contains($"127.0.0.1:{port}: address already in use", output);
        Assert.Contains("The bridge stopped:", error);
        Assert.DoesNotContain("secret-private-key", output + error);
    }

    [Fact]
    public async Task UnknownCommand_ExitTwoWithUsageHint()
    {
        var (exit, _, error) = await RunWorker("frobnicate", "--config", _dir.Path);

        Assert.Equal(2, exit);
        Assert.Contains("Unknown command 'frobnicate'", error);
    }

    public void Dispose() => _dir.Dispose();
}
