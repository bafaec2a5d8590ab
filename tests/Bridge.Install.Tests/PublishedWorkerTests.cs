using System.Diagnostics;
using System.Net;
using Bridge.Sandbox;

namespace Bridge.Install.Tests;

/// <summary>The artefact an admin installs: the self-contained single file, with the shipped config.</summary>
public sealed class PublishedWorkerTests : IAsyncLifetime
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "bridge-publish", Guid.NewGuid().ToString("N"));
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await SandboxServer.StartAsync(new SandboxOptions { SeedSampleData = false });

    [Fact]
    public async Task PublishedSingleFile_ShippedConfigPlusEnvironmentKeys_AnswersHealth()
    {
        var (publishExit, publishOutput) = await ProcessRunner.RunAsync("dotnet",
            ["publish", RepositoryRoot.File("src", "Bridge.Worker"), "-c", "Release", "-r", "linux-x64", "--self-contained",
             "-p:PublishSingleFile=true", "-o", _output], timeout: TimeSpan.FromMinutes(8));
        Assert.True(publishExit == 0, publishOutput);
        var executable = Path.Combine(_output, "Bridge.Worker");
        Assert.True(File.Exists(executable));
        Assert.True(File.Exists(Path.Combine(_output, "config", "bridge.json")), "the shipped config travels with the binary");

        var port = FreePort();
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("run");
        start.Environment["Bridge__Urls"] = $"http://127.0.0.1:{port}";
        start.Environment["Bridge__ConnectWise__BaseUrl"] = _sandbox.ApiBaseAddress.ToString();
        start.Environment["Bridge__ConnectWise__CompanyId"] = _sandbox.Options.CompanyId;
        start.Environment["Bridge__ConnectWise__PublicKey"] = _sandbox.Options.PublicKey;
        start.Environment["Bridge__ConnectWise__PrivateKey"] = _sandbox.Options.PrivateKey;
        start.Environment["Bridge__ConnectWise__ClientId"] = _sandbox.Options.ClientId;
        using var process = Process.Start(start)!;
        var log = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var (health, ready, body) = await WaitForHealth(http, process);

            Assert.True(health == HttpStatusCode.OK, log.ToString());
            Assert.True(ready == HttpStatusCode.OK, $"/health/ready answered {ready}: {body}");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        lock (log)
        {
            Assert.DoesNotContain(_sandbox.Options.PrivateKey, log.ToString());
        }
    }

    /// <summary>
    /// Polls (bounded) until the worker is live and ready: right after the start, readiness may say 503 while the
    /// first poll or a check is still under way on a loaded machine.
    /// </summary>
    private static async Task<(HttpStatusCode Health, HttpStatusCode Ready, string Body)> WaitForHealth(HttpClient http, Process process)
    {
        var clock = Stopwatch.StartNew();
        (HttpStatusCode Health, HttpStatusCode Ready, string Body) last = (0, 0, "no answer");
        while (clock.Elapsed < TimeSpan.FromSeconds(90) && !process.HasExited)
        {
            try
            {
                var health = await http.GetAsync("/health");
                var ready = await http.GetAsync("/health/ready");
                last = (health.StatusCode, ready.StatusCode, await ready.Content.ReadAsStringAsync());
                if (last.Health == HttpStatusCode.OK && last.Ready == HttpStatusCode.OK)
                {
                    return last;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        return last;
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }
}
