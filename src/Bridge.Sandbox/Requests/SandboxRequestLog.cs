namespace Bridge.Sandbox;

/// <summary>Every request the sandbox answered, oldest first. Thread-safe; keeps the latest 100,000.</summary>
public sealed class SandboxRequestLog
{
    private const int Capacity = 100_000;
    private readonly Lock _gate = new();
    private readonly LinkedList<SandboxRequest> _entries = new();

    /// <summary>A snapshot of the entries.</summary>
    public IReadOnlyList<SandboxRequest> Entries
    {
        get { lock (_gate) { return [.. _entries]; } }
    }

    internal event Action<SandboxRequest>? Logged;

    /// <summary>How many requests match <paramref name="filter"/> (all when null).</summary>
    public int Count(Func<SandboxRequest, bool>? filter = null)
    {
        lock (_gate)
        {
            return filter is null ? _entries.Count : _entries.Count(filter);
        }
    }

    /// <summary>How many requests had this method and a path containing <paramref name="pathContains"/> (case-insensitive).</summary>
    public int Count(string method, string pathContains) =>
        Count(r => string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase)
            && r.Path.Contains(pathContains, StringComparison.OrdinalIgnoreCase));

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    internal void Add(SandboxRequest request)
    {
        lock (_gate)
        {
            _entries.AddLast(request);
            if (_entries.Count > Capacity)
            {
                _entries.RemoveFirst();
            }
        }

        Logged?.Invoke(request);
    }
}
