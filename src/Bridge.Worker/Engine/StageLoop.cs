using Microsoft.Extensions.Options;

namespace Bridge.Worker.Engine;

/// <summary>
/// Runs every stage on a loop of its own: a stage that is slow or stuck holds up only itself. Each loop sleeps until
/// it is woken, its retry is due or its sweep interval has passed. The loops start when the host has started.
/// </summary>
internal sealed class StageLoop(StageRegistry stages, StageWakeups wakeups, IOptionsMonitor<EngineOptions> options, TimeProvider time, ILoggerFactory loggers, IHostApplicationLifetime lifetime) : BackgroundService
{
    private readonly ILogger _logger = loggers.CreateLogger(EngineLog.CategoryName);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The loops start once every start-up service has run (stores prepared, timers armed), not while they run.
        if (!await HostStarted.WaitAsync(lifetime, stoppingToken))
        {
            return;
        }

        await Task.WhenAll(stages.All.Select(stage => RunAsync(stage, stoppingToken)));
    }

    private async Task RunAsync(IStage stage, CancellationToken stoppingToken)
    {
        await Task.Yield();
        var signal = wakeups.Register(stage.InputName);
        while (!stoppingToken.IsCancellationRequested)
        {
            DateTimeOffset? retryAt = null;
            try
            {
                retryAt = await stage.RunPendingAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                EngineLog.LoopFailed(_logger, stage.Name, ex);
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
