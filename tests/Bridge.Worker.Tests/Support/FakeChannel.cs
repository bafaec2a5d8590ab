using System.Collections.Concurrent;
using Bridge.Connectors.Notifications;

namespace Bridge.Worker.Tests.Support;

/// <summary>A channel that answers from a script (then <see cref="Default"/>) and keeps what it was asked to send.</summary>
internal sealed class FakeChannel(string kind, bool configured = true) : INotificationChannel
{
    private readonly ConcurrentQueue<DeliveryResult> _script = new();

    public string Kind => kind;

    public bool IsConfigured => configured;

    public DeliveryResult Default { get; set; } = DeliveryResult.Sent("fake-1");

    public List<(Notification Page, ContactAddress To)> Sent { get; } = [];

    public FakeChannel Then(params DeliveryResult[] results)
    {
        foreach (var result in results)
        {
            _script.Enqueue(result);
        }

        return this;
    }

    public Task<DeliveryResult> SendAsync(Notification notification, ContactAddress to, CancellationToken cancellationToken)
    {
        Sent.Add((notification, to));
        return Task.FromResult(_script.TryDequeue(out var next) ? next : Default);
    }
}
