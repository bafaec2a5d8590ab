using Bridge.Integration.Tests.Support;
using System.Diagnostics;
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
        // The demo prints how to sign in: the password stays in a file only this account can read.
        var signIn = System.Text.RegularExpressions.Regex.Match(buffer.ToString(), @"Sign in: (\S+) as demo-admin \(an admin\); the password is in (\S+), readable only by you\.");
        Assert.True(signIn.Success, buffer.ToString());
        var passwordFile = signIn.Groups[2].Value.TrimEnd(',');
        var password = (await File.ReadAllTextAsync(passwordFile)).Trim();
        Assert.DoesNotContain(password, buffer.ToString(), StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(passwordFile));
        }

        using var http = new HttpClient { BaseAddress = bridgeUrl };
        http.DefaultRequestHeaders.Authorization = new("Bearer", ConsoleClient.TokenBeside(passwordFile));
        var ready = await http.GetAsync("/health/ready");
        var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        var statusPage = await http.GetStringAsync("/");
        await stop.CancelAsync();
        var exit = await demo.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(ready.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("connectwise").GetProperty("status").GetString());
        Assert.Contains("ConnectWise sandbox: http://127.0.0.1:", buffer.ToString());
        Assert.Contains("On call now", statusPage);
        Assert.Equal(0, exit);
    }

    [Fact]
    public async Task Demo_Once_PlaysTheNightOnTheDemoClockPrintsTheTimelineAndExitsZero()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var clock = Stopwatch.StartNew();

        var exit = await BridgeCli.RunAsync(["demo", "--once", "--at", "2026-11-24 02:00", "--urls", "http://127.0.0.1:0"], output, error)
            .WaitAsync(TimeSpan.FromSeconds(60));
        var printed = output.ToString();

        Assert.True(exit == 0, $"exit {exit}: {error}\n{printed}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"The demo took {clock.Elapsed}.");
        Assert.Contains("Demo night: Tue 24 Nov 2026 02:00 EST (America/New_York), the clock running ×60 (an hour of the night takes 60 s).", printed);
        Assert.Matches(@"  0[23]:\d\d:\d\d  ticket   #1 created: DC01 not responding", printed);
        Assert.Matches(@"  0[23]:\d\d:\d\d  routing  #1 PAGE NOW · Northwind Dental Group, Included24x7 · policy p1-unassigned · billing included", printed);
        Assert.Matches(@"  0[23]:\d\d:\d\d  routing  #3 waits for the next business day · Fabrikam Retail, BusinessHoursOnly", printed);
        Assert.Matches(@"  0[23]:\d\d:\d\d  incident #1 paged Dana Schmidt by email \(sent\)", printed);
        Assert.Matches(@"  0[23]:\d\d:\d\d  incident #1 step 2 reached Farah Patel", printed);
        Assert.Matches(@"  0[23]:\d\d:\d\d  demo     dschmidt pressed Acknowledge: Acknowledged ticket #1\. The escalation has stopped\.", printed);
        Assert.Contains("dschmidt resolved it with 35 minutes worked: Resolved ticket #1 with 35 minutes logged.", printed);
        Assert.Matches(@"sandbox ticket #1 now: status Completed, \d+ notes, \d+ zero-hour contact entries, worked 0\.58 h No Charge\.", printed);
        Assert.Matches(@"#8 waits for the business morning; nobody is woken for it\.", printed);
        Assert.Contains("the client is told when work starts: Deferred notice to Omar Haddad: Ticket #8 received: we will start on it Tuesday 24 November at 07:00", printed);
        Assert.Contains("#9 was routed PageNow: [emergency-rule] emergency rule 'practice-servers' matched configuration item 'NWD-DC01'", printed);
        Assert.Matches(@"#9 pages \w+ now\.", printed);
        Assert.DoesNotMatch(@"routing  #1 PAGE NOW.*\n(.*\n)*.*routing  #1 PAGE NOW", printed);
        Assert.Contains("Where to look: the status page http://127.0.0.1:", printed);
        Assert.Matches(@"  07:29:\d\d  demo     the morning digest is in the mailbox: \S+\.eml to gmoreau@bridgedemo\.example: Bridge morning digest for Mon 23 Nov 2026|  07:3\d:\d\d  demo     the morning digest is in the mailbox: \S+\.eml to gmoreau@bridgedemo\.example: Bridge morning digest for Mon 23 Nov 2026", printed);
    }

    [Fact]
    public async Task Demo_BadSpeed_IsAUsageError()
    {
        var error = new StringWriter();

        var exit = await BridgeCli.RunAsync(["demo", "--speed", "fast"], new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains("--speed must be a number", error.ToString());
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
