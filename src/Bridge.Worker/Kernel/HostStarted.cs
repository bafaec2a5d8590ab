namespace Bridge.Worker.Kernel;

/// <summary>Waiting for <see cref="IHostApplicationLifetime.ApplicationStarted"/> from a background loop.</summary>
internal static class HostStarted
{
    /// <summary>Returns true once the host has started, false when it stops first.</summary>
    public static async Task<bool> WaitAsync(IHostApplicationLifetime? lifetime, CancellationToken stoppingToken)
    {
        if (lifetime is null || lifetime.ApplicationStarted.IsCancellationRequested)
        {
            return !stoppingToken.IsCancellationRequested;
        }

        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStart = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStop = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
