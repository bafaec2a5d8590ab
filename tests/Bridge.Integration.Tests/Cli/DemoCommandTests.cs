using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bridge.Worker.Cli;

namespace Bridge.Integration.Tests.Cli;

/// <summary>The README's first command: the bridge against the built-in sandbox with the demo profile.</summary>
public sealed class DemoCommandTests
{
    [Fact]
    public async Task Demo_Started_BridgeIsReadyAgainstTheSandboxAndStopsCleanly()
    {
        var buffer = new StringWriter();
        var output = TextWriter.Synchronized(buffer);
        var error = TextWriter.Synchronized(new StringWriter());
        using var stop = new CancellationTokenSource();
        var demo = BridgeCli.RunAsync(["demo", "--urls", "http://127.0.0.1:0"], output, error, stop.Token);

        var bridgeUrl = await WaitForBridgeUrl(buffer, demo);
        using var http = new HttpClient { BaseAddress = bridgeUrl };
        var ready = await http.GetAsync("/health/ready");
        var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        await stop.CancelAsync();
        var exit = await demo.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("connectwise").GetProperty("status").GetString());
        Assert.Contains("ConnectWise sandbox: http://127.0.0.1:", buffer.ToString());
        Assert.Equal(0, exit);
    }

    private static async Task<Uri> WaitForBridgeUrl(StringWriter buffer, Task<int> demo)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var match = Regex.Match(buffer.ToString(), @"Bridge: (http://127\.0\.0\.1:\d+)");
            if (match.Success)
            {
                return new Uri(match.Groups[1].Value);
            }

            if (demo.IsCompleted)
            {
                Assert.Fail($"demo exited with {await demo}: {buffer}");
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The demo did not print the bridge URL within 30 s: " + buffer);
    }
}
