using Bridge.Connectors.Notifications.Sms;
using Bridge.Sandbox;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.WriteBack;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Integration.Tests.Support;

/// <summary>
/// The real bridge against the sandbox with the shipped ladders, rotation and routing (<c>config/bridge.json</c>),
/// SMS through a loopback gateway, a real state file in <see cref="Dir"/>, and one test clock shared with the
/// sandbox. Stop and start it again on the same directory to test restarts.
/// </summary>
public sealed partial class EscalationBridge : IAsyncDisposable
{
    private EscalationBridge(IngestHost host)
    {
        Host = host;
    }

    public IngestHost Host { get; }

    internal IncidentStore Incidents => Host.App.Services.GetRequiredService<IncidentStore>();

    internal IncidentTimeline Timeline => Host.App.Services.GetRequiredService<IncidentTimeline>();

    internal OutboxStore Outbox => Host.App.Services.GetRequiredService<OutboxStore>();

    /// <summary>Writes the configuration (sandbox, shipped escalation/on-call/routing, SMS gateway) and starts the bridge.</summary>
    public static async Task<EscalationBridge> StartAsync(
        SandboxServer sandbox, TempDirectory dir, FakeTimeProvider clock, SmsGateway sms, IReadOnlyDictionary<string, string?>? extra = null, int? port = null, bool waitForQuiet = true)
    {
        var chosen = port ?? FreePort();
        var settings = new Dictionary<string, string?>
        {
            ["Escalation:PublicUrl"] = $"http://127.0.0.1:{chosen}",
            ["Escalation:SweepInterval"] = "00:00:20",
            ["Channels:Sms:BaseUrl"] = sms.BaseAddress.ToString(),
            ["Channels:Sms:AccountSid"] = "AC42",
            ["Channels:Sms:AuthToken"] = ChannelsConfig.SmsToken,
            ["Channels:Sms:From"] = "+15550199",
            // Fake time runs ahead while a send is in flight: the longest timeout keeps a loopback send from "timing out".
            ["Channels:Sms:Timeout"] = "00:02:00",
            ["WriteBack:SweepInterval"] = "00:00:01",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var host = await IngestHost.StartAsync(sandbox, dir, port: chosen, extra: settings, configureServices: services => services.AddSingleton<TimeProvider>(clock), prepare: dir => SandboxConfig.CopyShipped(dir, "Routing", "OnCall", "Escalation"));
        var bridge = new EscalationBridge(host);
        await host.WaitForPollsAsync();
        if (waitForQuiet)
        {
            await host.WaitForQuietAsync();
        }

        return bridge;
    }

    /// <summary>The sandbox's P1 "DC01 not responding" at Northwind Dental (24/7): ticket 1 of the sample data.</summary>
    public const int DcDownTicket = 1;

    /// <summary>SMS texts received per normalized phone number.</summary>
    public static IReadOnlyList<(string To, string Body)> Texts(SmsGateway sms) =>
        sms.Received.Select(f => (PhoneNumber.Normalize(f["To"]), f["Body"])).ToList();

    /// <summary>Moves the clock in steps (the sweeper and timers run on it) until <paramref name="done"/>, with a real-time limit.</summary>
    public static async Task DriveUntilAsync(FakeTimeProvider clock, Func<bool> done, string what, TimeSpan? step = null, TimeSpan? limit = null)
    {
        var deadline = DateTime.UtcNow + (limit ?? TimeSpan.FromSeconds(60));
        while (!done())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not reached: {what}.");
            }

            clock.Advance(step ?? TimeSpan.FromSeconds(20));
            await Settling.SettleAsync(clock, TimeSpan.FromMilliseconds(25));
        }
    }

    /// <summary>Moves the clock to <paramref name="until"/> in steps, letting the bridge do what is due after each (<see cref="Settling"/>).</summary>
    public static async Task DriveToAsync(FakeTimeProvider clock, DateTimeOffset until, TimeSpan? step = null)
    {
        while (clock.GetUtcNow() < until)
        {
            var next = clock.GetUtcNow() + (step ?? TimeSpan.FromSeconds(10));
            clock.Advance((next > until ? until : next) - clock.GetUtcNow());
            await Settling.SettleAsync(clock, TimeSpan.FromMilliseconds(50));
        }

        // Calls to ConnectWise in flight when the clock stops (a poll during an outage) reach their own wait on it.
        await Settling.SettleAsync(clock, TimeSpan.FromMilliseconds(300));
    }

    internal IReadOnlyList<TimelineEntry> Lines(int ticketId) => Timeline.ForTicket(ticketId);

    /// <summary>The acknowledgement link in a page's text.</summary>
    public static string AckLink(string text) =>
        AckUrl().Match(text) is { Success: true } m ? m.Value : throw new InvalidOperationException($"No ack link in: {text}");

    [System.Text.RegularExpressions.GeneratedRegex(@"http://127\.0\.0\.1:\d+/ack/\d+/[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+")]
    private static partial System.Text.RegularExpressions.Regex AckUrl();

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
