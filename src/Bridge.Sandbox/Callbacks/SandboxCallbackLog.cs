namespace Bridge.Sandbox;

/// <summary>Every callback delivery attempt, oldest first. Thread-safe.</summary>
public sealed class SandboxCallbackLog
{
    private readonly Lock _gate = new();
    private readonly List<SandboxCallbackAttempt> _attempts = [];
    private readonly List<(Func<SandboxCallbackAttempt, bool> Predicate, TaskCompletionSource<SandboxCallbackAttempt> Signal)> _waiters = [];
    private int _dropped;

    /// <summary>A snapshot of the attempts.</summary>
    public IReadOnlyList<SandboxCallbackAttempt> Attempts
    {
        get { lock (_gate) { return [.. _attempts]; } }
    }

    /// <summary>Callbacks not sent because <see cref="SandboxFaults.DropCallbacks"/> was on.</summary>
    public int DroppedCount => Volatile.Read(ref _dropped);

    /// <summary>How many attempts match <paramref name="filter"/> (all when null).</summary>
    public int Count(Func<SandboxCallbackAttempt, bool>? filter = null)
    {
        lock (_gate)
        {
            return filter is null ? _attempts.Count : _attempts.Count(filter);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _attempts.Clear();
            _dropped = 0;
        }
    }

    /// <summary>
    /// Waits (real time, default 10 s) for an attempt matching <paramref name="predicate"/>, including ones
    /// already logged. Throws <see cref="TimeoutException"/> when none comes.
    /// </summary>
    public async Task<SandboxCallbackAttempt> WaitForAsync(Func<SandboxCallbackAttempt, bool> predicate, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        TaskCompletionSource<SandboxCallbackAttempt> signal;
        lock (_gate)
        {
            var existing = _attempts.Find(a => predicate(a));
            if (existing is not null)
            {
                return existing;
            }

            signal = new TaskCompletionSource<SandboxCallbackAttempt>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((predicate, signal));
        }

        try
        {
            return await signal.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(10), cancellationToken);
        }
        finally
        {
            lock (_gate)
            {
                _waiters.RemoveAll(w => w.Signal == signal);
            }
        }
    }

    internal void Add(SandboxCallbackAttempt attempt)
    {
        lock (_gate)
        {
            _attempts.Add(attempt);
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Predicate(attempt))
                {
                    _waiters[i].Signal.TrySetResult(attempt);
                    _waiters.RemoveAt(i);
                }
            }
        }
    }

    internal void RecordDropped() => Interlocked.Increment(ref _dropped);
}
