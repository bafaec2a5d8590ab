using Microsoft.Extensions.Options;

namespace Bridge.Worker.OnCall;

/// <summary>
/// Says that the on-call answers may have changed: an override was stored, or a configuration reload changed
/// <c>OnCall</c>. Whoever plans from those answers (handoff notices, gap warnings) listens and plans again at once
/// instead of at its next regular check.
/// </summary>
internal sealed class OnCallChanges : IDisposable
{
    private readonly Lock _gate = new();
    private readonly IDisposable? _reload;
    private Action[] _listeners = [];

    public OnCallChanges(IOptionsMonitor<OnCallOptions> options)
    {
        _reload = options.OnChange(_ => Raise());
    }

    /// <summary>Calls <paramref name="listener"/> after every change, until the result is disposed.</summary>
    public IDisposable Subscribe(Action listener)
    {
        lock (_gate)
        {
            _listeners = [.. _listeners, listener];
        }

        return new Subscription(this, listener);
    }

    public void Raise()
    {
        foreach (var listener in Volatile.Read(ref _listeners))
        {
            listener();
        }
    }

    public void Dispose() => _reload?.Dispose();

    private void Remove(Action listener)
    {
        lock (_gate)
        {
            _listeners = _listeners.Where(l => l != listener).ToArray();
        }
    }

    private sealed class Subscription(OnCallChanges owner, Action listener) : IDisposable
    {
        public void Dispose() => owner.Remove(listener);
    }
}
