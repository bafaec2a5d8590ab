using Bridge.Connectors.Notifications;
using Bridge.Worker.Escalation.Delivery;
using Bridge.Worker.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Worker.Tests.Support;

/// <summary>The delivery pieces wired by hand over a real store (a LiteDB state file unless told) and fake channels.</summary>
internal sealed class DeliveryFixture : IDisposable
{
    private readonly StateFile _state;

    public DeliveryFixture(params INotificationChannel[] channels)
        : this(StorageProvider.LiteDb, channels)
    {
    }

    public DeliveryFixture(StorageProvider provider, params INotificationChannel[] channels)
    {
        Channels = channels;
        _state = new StateFile(Time.GetUtcNow(), provider);
        Database = _state.Database;
        Log = new DeliveryLogRepository(Database);
        var options = new TestOptionsMonitor<NotificationOptions>(Options);
        Health = new ChannelHealth(options, NullLoggerFactory.Instance);
        Dispatcher = new NotificationDispatcher(channels, new MessageComposer(options), Log, Health, Meters.Bridge(Time), Time, NullLoggerFactory.Instance);
        Acks = new DeliveryLogAcknowledgementService(Log, Time, NullLoggerFactory.Instance);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 24, 7, 0, 0, TimeSpan.Zero));

    public NotificationOptions Options { get; } = new() { FailureThreshold = 2 };

    public TestMeters Meters { get; } = new();

    public IReadOnlyList<INotificationChannel> Channels { get; }

    public BridgeDatabase Database { get; }

    public DeliveryLogRepository Log { get; }

    public ChannelHealth Health { get; }

    public NotificationDispatcher Dispatcher { get; }

    public DeliveryLogAcknowledgementService Acks { get; }

    public static Notification Page(string dedupKey = "inc-1:1:alice:0", string incidentId = "inc-1") => new()
    {
        IncidentId = incidentId,
        TicketId = 4711,
        Summary = "Exchange down",
        Client = "Contoso",
        ContactName = "Dana",
        ContactPhone = "+15550100",
        Priority = "P1",
        Step = 1,
        Links = new ActionLinks(new Uri("https://bridge.example.com/a/ack-token"), new Uri("https://bridge.example.com/a/esc-token")),
        DedupKey = dedupKey,
    };

    public static Recipient Alice(params (string Kind, string Address)[] methods) =>
        new("alice", "Alice", methods.Select(m => new ContactMethod(m.Kind, m.Address)).ToList());

    public void Dispose()
    {
        Meters.Dispose();
        _state.Dispose();
    }
}
