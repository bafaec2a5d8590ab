namespace Bridge.Worker.Kernel;

/// <summary>
/// Wakes a background loop: it sleeps until its next due time on the app clock, or until someone says there is
/// work now. Several notifications before the loop wakes count as one.
/// </summary>
internal sealed class WorkSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0);

    public void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            _signal.Release();
        }
    }

    /// <summary>Returns after <paramref name="wait"/> on <paramref name="time"/>, at a notification, or when stopping.</summary>
    public async Task WaitAsync(TimeSpan wait, TimeProvider time, CancellationToken stoppingToken)
    {
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var sweep = Task.Delay(wait, time, wake.Token);
        var signal = _signal.WaitAsync(wake.Token);
        await Task.WhenAny(sweep, signal);
        await wake.CancelAsync();
        try
        {
            await Task.WhenAll(sweep, signal);
        }
        catch (OperationCanceledException)
        {
            // the one that lost the race
        }
    }

    public void Dispose() => _signal.Dispose();
}
