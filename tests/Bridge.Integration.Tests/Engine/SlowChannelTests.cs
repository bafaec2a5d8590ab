using System.Diagnostics;
using Bridge.Integration.Tests.Support;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bridge.Integration.Tests.Engine;

/// <summary>
/// The mail relay accepts connections and never answers. Every P1 step pages the on-call technician (Dana Schmidt, by
/// SMS) and Farah Patel (email only, so her page waits on the silent relay). The running bridge still ingests, routes
/// and opens every later ticket, and Dana's text for each arrives within seconds of its change, far inside the relay's
/// two-minute timeout: the email lane is stuck, nothing else is. How fast a page goes out is the page benchmark's
/// figure (docs/benchmarks.md), not this test's: a loaded CI machine must not fail it. 02:00 on Tuesday 24 November 2026.
/// </summary>
public sealed class SlowChannelTests : NightAtNorthwind
{
    /// <summary>A text held behind the silent relay would wait its whole two-minute timeout; one not held comes in milliseconds.</summary>
    private static readonly TimeSpan NotBlocked = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task SmtpServerThatNeverAnswers_OtherTicketsIngestedRoutedAndPagedBySmsLongBeforeTheMailTimeout()
    {
        await using var smtp = new SilentSmtpServer();
        await using var bridge = await EscalationBridge.StartAsync(Sandbox, Dir, Clock, Sms, new Dictionary<string, string?>
        {
            ["Channels:Email:Host"] = "127.0.0.1",
            ["Channels:Email:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Channels:Email:Security"] = "None",
            ["Channels:Email:From"] = "Bridge <bridge@msp.example>",
            ["Channels:Email:Timeout"] = "00:02:00",
            ["Escalation:Policies:p1-unassigned:Steps:0:Targets:1"] = "member:fpatel",
            ["OnCall:People:5:Contacts:0:Kind"] = "Email",
            ["OnCall:People:5:Contacts:0:Address"] = "fpatel@bridgedemo.example",
        }, waitForQuiet: false);

        var decisions = bridge.Host.App.Services.GetRequiredService<RoutingDecisionRepository>();
        var stuck = false;
        var last = 0;
        foreach (var summary in new[] { "Phones down at the front desk", "Imaging server unreachable", "Backups failing on the file server" })
        {
            var changed = Stopwatch.GetTimestamp();
            var id = (int)Sandbox.State.CreateTicket("NorthwindDental", summary, t => t.Priority(1).Type("Server"))["id"]!;
            await bridge.Host.Poller.PollOnceAsync(CancellationToken.None);
            await WaitAsync(() => EscalationBridge.Texts(Sms).Any(t => t.To == Dana && t.Body.Contains($"#{id} ", StringComparison.Ordinal)), NotBlocked, $"Dana's text for ticket {id}");
            var took = Stopwatch.GetElapsedTime(changed);

            Assert.True(took < NotBlocked, $"ticket {id} paged after {took.TotalMilliseconds:0} ms");
            Assert.Equal(nameof(Disposition.PageNow), Assert.Single(decisions.ForTicket(id)).Disposition);
            Assert.Equal(IncidentState.Triggered, Assert.Single(bridge.Incidents.ForTicket(id)).State);
            stuck |= smtp.Connections > 0;
            last = id;
        }

        // The relay really was holding a page the whole time: Farah's emails wait behind the first one, unanswered.
        Assert.True(stuck, "no page ever reached the silent mail relay");
        Assert.DoesNotContain(bridge.Timeline.ForTicket(last), l => l.Channel == "email");
    }

    private static async Task WaitAsync(Func<bool> done, TimeSpan limit, string what)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * 2 * Stopwatch.Frequency);
        while (!done())
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"Not reached: {what}.");
            }

            await Task.Delay(5);
        }
    }
}
