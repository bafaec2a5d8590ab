using Bridge.Worker.Kernel;
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
    private readonly WorkSignal _signal = new();

    /// <summary>New lines or records are there: run a pass now instead of at the next sweep.</summary>
    public void Notify() => _signal.Notify();

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

            await _signal.WaitAsync(wait < TimeSpan.Zero ? TimeSpan.Zero : wait, time, stoppingToken);
        }
    }

    public override void Dispose()
    {
        _signal.Dispose();
        base.Dispose();
    }
}
