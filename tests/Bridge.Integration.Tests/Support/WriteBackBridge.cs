using System.Text.Json;
using Bridge.Sandbox;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Ingest;
using Bridge.Worker.Routing;
using Bridge.Worker.WriteBack;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Integration.Tests.Support;

/// <summary>
/// The real bridge host on a test clock, with write-back mapped to the sandbox's boards and work types and the
/// sample clients' contracts; the test writes the incident timeline and drives the clock.
/// </summary>
public sealed class WriteBackBridge : IAsyncDisposable
{
    private WriteBackBridge(IngestHost host, FakeTimeProvider clock)
    {
        Host = host;
        Clock = clock;
    }

    public IngestHost Host { get; }

    public FakeTimeProvider Clock { get; }

    internal OutboxStore Outbox => Host.App.Services.GetRequiredService<OutboxStore>();

    internal IncidentTimeline Timeline => Host.App.Services.GetRequiredService<IncidentTimeline>();

    /// <summary>The timeline as a person reads it: escalation's lines with write-back's results (the outbox's log) merged in.</summary>
    internal TimelineView TimelineView => Host.App.Services.GetRequiredService<TimelineView>();

    internal WriteBackTargetResolver Targets => Host.App.Services.GetRequiredService<WriteBackTargetResolver>();

    internal OutboxWorker Worker => Host.App.Services.GetRequiredService<OutboxWorker>();

    public static Dictionary<string, string?> Settings() => new()
    {
        ["WriteBack:Statuses:Service Desk:Acknowledged"] = "In Progress",
        ["WriteBack:Statuses:Service Desk:Resolved"] = "Completed",
        ["WriteBack:Billing:Normal:WorkType"] = "Regular",
        ["WriteBack:Billing:AfterHours:WorkType"] = "After Hours",
        ["WriteBack:Billing:Included:WorkType"] = "No Charge",
        ["WriteBack:Billing:Included:BillableOption"] = "NoCharge",
        ["WriteBack:SweepInterval"] = "00:00:01",
        ["Routing:Clients:0:Company"] = "ContosoLaw",
        ["Routing:Clients:0:Contract"] = "AfterHoursBillable",
        ["Routing:Clients:1:Company"] = "NorthwindDental",
        ["Routing:Clients:1:Contract"] = "Included24x7",
    };

    /// <summary>Starts the bridge, waits for the cold-start poll to have routed the sandbox's tickets and for the names to be checked.</summary>
    public static async Task<WriteBackBridge> StartAsync(
        SandboxServer sandbox, TempDirectory dir, FakeTimeProvider clock, IReadOnlyDictionary<string, string?>? extra = null, bool waitForTargets = true)
    {
        var settings = Settings();
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var host = await IngestHost.StartAsync(sandbox, dir, extra: settings, configureServices: services => services.AddSingleton<TimeProvider>(clock));
        var bridge = new WriteBackBridge(host, clock);
        await host.WaitForPollsAsync();
        await host.WaitForQuietAsync();
        if (waitForTargets)
        {
            await bridge.DriveUntilAsync(() => bridge.Targets.Targets is not null, "write-back names resolved");
        }

        return bridge;
    }

    /// <summary>
    /// Writes the lines as the escalation engine would (ids increasing, each carrying its ticket as escalation knows
    /// it, unless the test gave one) and wakes the outbox.
    /// </summary>
    internal IReadOnlyList<TimelineEntry> Write(IEnumerable<TimelineEntry> lines)
    {
        var written = lines.Select(line =>
        {
            line.Ticket ??= TicketAsEscalationKnowsIt(line.TicketId);
            return Timeline.Append(line);
        }).ToList();
        Worker.Notify();
        return written;
    }

    /// <summary>The ticket ingest holds, billed by its latest routing decision: what an incident's copy would be.</summary>
    private TicketFacts? TicketAsEscalationKnowsIt(int ticketId)
    {
        if (Host.App.Services.GetRequiredService<TicketStateStore>().Get(ticketId) is not { } ticket)
        {
            return null;
        }

        var decision = Host.App.Services.GetRequiredService<RoutedChangeStore>().After(0, int.MaxValue)
            .Select(r => r.Routed)
            .LastOrDefault(r => r.Change.TicketId == ticketId && r.Decision is not null)?.Decision;
        return TicketFacts.Of(IncidentTicket.From(ticket), decision?.Billing ?? BillingClass.Normal);
    }

    /// <summary>Until every planned record is final: at least <paramref name="records"/> of them, none open.</summary>
    public Task DriveUntilSettledAsync(int records, TimeSpan? step = null) =>
        DriveUntilAsync(() => Outbox.Recent(10_000).Count >= records && Outbox.OpenRecords().Count == 0, $"{records} outbox records settled", step);

    /// <summary>
    /// Moves the test clock in steps (timeouts and backoff run on it) until <paramref name="done"/>, with a real-time
    /// limit so a hang fails the test rather than the run.
    /// </summary>
    public async Task DriveUntilAsync(Func<bool> done, string what, TimeSpan? step = null, TimeSpan? limit = null)
    {
        var deadline = DateTime.UtcNow + (limit ?? TimeSpan.FromSeconds(90));
        while (!done())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not reached: {what}. Outbox: {Describe()}");
            }

            Clock.Advance(step ?? TimeSpan.FromSeconds(5));
            Worker.Notify();
            await Settling.SettleAsync(Clock, TimeSpan.FromMilliseconds(20));
        }
    }

    internal IReadOnlyList<RoutingDecisionRecord> Decisions(int ticketId) =>
        Host.App.Services.GetRequiredService<RoutingDecisionRepository>().ForTicket(ticketId);

    public string Describe() =>
        JsonSerializer.Serialize(Outbox.Recent(100).Select(r => new { r.Id, r.Key, State = r.State.ToString(), r.Attempts, r.LastError, r.Outcome }));

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
