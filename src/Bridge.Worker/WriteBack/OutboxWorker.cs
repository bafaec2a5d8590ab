using Microsoft.Extensions.Options;

namespace Bridge.Worker.WriteBack;

/// <summary>
/// Runs the outbox in the background: a pass now, then one whenever the next record is due, the sweep interval
/// passes, or <see cref="Notify"/> says new timeline lines are there. Records found in flight at start were cut off by
/// a stop or crash; they are looked up before they are sent again.
/// </summary>
internal sealed class OutboxWorker(
    OutboxProcessor processor,
    IOptionsMonitor<WriteBackOptions> options,
    TimeProvider time,
    ILogger<OutboxWorker> logger) : BackgroundService
{
    private readonly SemaphoreSlim _signal = new(0);

    /// <summary>New lines or records are there: run a pass now instead of at the next sweep.</summary>
    public void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            _signal.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        processor.RecoverInterrupted();
        while (!stoppingToken.IsCancellationRequested)
        {
            DateTimeOffset? next = null;
            try
            {
                next = await processor.RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                WriteBackLog.PassFailed(logger, ex);
            }

            var wait = options.CurrentValue.SweepInterval;
            if (next is { } due && due - time.GetUtcNow() < wait)
            {
                wait = due - time.GetUtcNow();
            }

            await WaitForWorkAsync(wait < TimeSpan.Zero ? TimeSpan.Zero : wait, stoppingToken);
        }
    }

    private async Task WaitForWorkAsync(TimeSpan wait, CancellationToken stoppingToken)
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

    public override void Dispose()
    {
        _signal.Dispose();
        base.Dispose();
    }
}
