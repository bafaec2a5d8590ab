using Bridge.Connectors.Notifications;
using Bridge.Worker.Escalation;
using Bridge.Worker.Escalation.Acknowledgement;
using Bridge.Worker.Escalation.Delivery;
using Bridge.Worker.Escalation.Engine;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Ingest;
using Bridge.Worker.Kernel;
using Bridge.Worker.Logging;
using Bridge.Worker.OnCall;
using Bridge.Worker.Routing;
using Bridge.Worker.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Worker.Tests.Support;

/// <summary>
/// The escalation engine as the service wires it, over the shipped <c>config/bridge.json</c> (seed ladders, roles,
/// the after-hours rotation, routing), a real state file and fake channels; time is a <see cref="FakeTimeProvider"/>
/// and the test plays the sweeper (<see cref="AdvanceAsync"/>).
/// </summary>
internal sealed class EscalationFixture : IAsyncDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly ServiceProvider _services;
    private int _version;

    public EscalationFixture(DateTimeOffset start, IDictionary<string, string?>? overrides = null)
    {
        Time = new FakeTimeProvider(start);
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Path"] = Path.Combine(_dir.Path, "bridge.db"),
            ["Storage:DurableCommits"] = "false",
            ["Escalation:PublicUrl"] = "https://bridge.example.com",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "config", "bridge.json"))
            .AddInMemoryCollection(settings)
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(new BridgeEnvironment(_dir.Path));
        services.AddSingleton(SecretValues.From(configuration));
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddStorage(configuration);
        services.AddRouting(configuration);
        services.AddOnCall(configuration);
        services.AddNotifications(configuration);
        services.AddEscalation(configuration);
        foreach (var channel in Channels)
        {
            services.AddSingleton<INotificationChannel>(channel);
        }

        services.AddSingleton<IWorkEvidence>(Work);
        services.RemoveAll<IEscalationTimers>();
        services.AddSingleton<IEscalationTimers>(Timers);
        _services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Time { get; }

    public ScriptedWorkEvidence Work { get; } = new();

    public FakeChannel Sms { get; } = new("sms");

    public IReadOnlyList<FakeChannel> Channels => [Sms, Email, Teams, Slack];

    public FakeChannel Email { get; } = new("email");

    public FakeChannel Teams { get; } = new("teams");

    public FakeChannel Slack { get; } = new("slack");

    public RecordingTimers Timers { get; } = new();

    public EscalationEngine Engine => Get<EscalationEngine>();

    public IncidentStore Incidents => Get<IncidentStore>();

    public IncidentTimeline Timeline => Get<IncidentTimeline>();

    public IncidentActions Actions => Get<IncidentActions>();

    public IOnCallResolver OnCall => Get<IOnCallResolver>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Every page sent, in order: (minutes since <paramref name="start"/>, member, channel).</summary>
    public IReadOnlyList<(double Minute, string Member, string Kind, Notification Page)> Pages(DateTimeOffset start) =>
        _sent.Select(s => ((s.At - start).TotalMinutes, s.Member, s.Kind, s.Page)).ToList();

    private readonly List<(DateTimeOffset At, string Member, string Kind, Notification Page)> _sent = [];
    private readonly Dictionary<FakeChannel, int> _seen = [];

    /// <summary>Routes the ticket as ingest would hand it over now, and lets escalation react.</summary>
    public async Task<RoutingDecision> ChangeAsync(TicketSnapshot ticket, TicketChangeKind kind = TicketChangeKind.Created, string field = "", string? oldValue = null, string? newValue = null)
    {
        var now = Time.GetUtcNow();
        var versioned = ticket with { LastUpdated = now.AddMilliseconds(++_version) };
        var change = new TicketChange($"{ticket.Id}:{_version}:{kind}", ticket.Id, kind, field, oldValue, newValue, versioned, ChangeSource.Poll, now, versioned.LastUpdated);
        var decision = await Get<ITicketRouter>().RouteAsync(versioned, CancellationToken.None);
        await Engine.HandleAsync(change, kind == TicketChangeKind.Closed ? null : decision, CancellationToken.None);
        await CollectAsync();
        return decision;
    }

    /// <summary>Moves the clock minute by minute, running what is due after each (the sweeper's job), and collects the pages.</summary>
    public async Task AdvanceAsync(TimeSpan span, TimeSpan? step = null)
    {
        var end = Time.GetUtcNow() + span;
        var by = step ?? TimeSpan.FromMinutes(1);
        while (Time.GetUtcNow() < end)
        {
            Time.Advance(by);
            await Engine.RunDueAsync(CancellationToken.None);
            await CollectAsync();
        }
    }

    /// <summary>Lets delivery send every page escalation queued (its lanes' job), then collects what the channels got.</summary>
    public async Task CollectAsync()
    {
        await Get<DeliveryLanes>().RunAllPendingAsync(CancellationToken.None);
        foreach (var channel in Channels)
        {
            _seen.TryGetValue(channel, out var seen);
            foreach (var (page, to) in channel.Sent.Skip(seen))
            {
                _sent.Add((Time.GetUtcNow(), to.PersonId ?? "", channel.Kind, page));
            }

            _seen[channel] = channel.Sent.Count;
        }
    }

    public static TicketSnapshot Ticket(int id, string company = "NorthwindDental", string priority = "Priority 1 - Emergency Response", string? owner = null, string status = "New", string summary = "Server down at the front desk", DateTimeOffset? entered = null) => new()
    {
        Id = id,
        Summary = summary,
        BoardName = "Service Desk",
        StatusName = status,
        PriorityName = priority,
        CompanyIdentifier = company,
        CompanyName = company,
        ContactName = "Dana Wright",
        TypeName = "Server",
        SubTypeName = "Outage",
        OwnerIdentifier = owner,
        Resources = owner is null ? [] : [owner],
        DateEntered = entered,
    };

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _dir.Dispose();
    }

    /// <summary>Keeps what the engine asked of its timers; the test drives time itself.</summary>
    internal sealed class RecordingTimers : IEscalationTimers
    {
        public Dictionary<int, DateTimeOffset?> Due { get; } = [];

        public Task SetAsync(Incident incident, CancellationToken cancellationToken)
        {
            Due[incident.Id] = incident.NextDueAt;
            return Task.CompletedTask;
        }
    }
}
