using Bridge.Worker.Kernel;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Engine;

/// <summary>
/// The loop every engine module runs: one pass, then sleep until woken, until the pass's retry is due, or until the
/// sweep interval has passed. A pass that throws is logged and the loop goes on.
/// </summary>
internal static class ModuleLoop
{
    /// <param name="pass">One pass; returns when an item it is stuck on is due again, or null.</param>
    public static async Task RunAsync(string name, Func<CancellationToken, Task<DateTimeOffset?>> pass, WorkSignal signal, IOptionsMonitor<EngineOptions> options, TimeProvider time, ILogger logger, CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            DateTimeOffset? retryAt = null;
            try
            {
                retryAt = await pass(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                EngineLog.LoopFailed(logger, name, ex);
            }

            var wait = options.CurrentValue.SweepInterval;
            if (retryAt is { } at && at - time.GetUtcNow() < wait)
            {
                wait = at - time.GetUtcNow();
            }

            if (wait > TimeSpan.Zero)
            {
                await signal.WaitAsync(wait, time, stoppingToken);
            }
        }
    }
}
