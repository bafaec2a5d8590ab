using Bridge.Worker.Kernel;
using Bridge.Worker.Engine;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Watch;

/// <summary>Runs <see cref="SelfWatch"/> every <c>Watch:CheckInterval</c> on the bridge's clock, from the host's start.</summary>
internal sealed class WatchService(SelfWatch watch, IOptionsMonitor<WatchOptions> options, TimeProvider time, ILogger<WatchService> logger, IHostApplicationLifetime? lifetime = null)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await HostStarted.WaitAsync(lifetime, stoppingToken))
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await watch.RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                WatchLog.PassFailed(logger, ex);
            }

            try
            {
                await Task.Delay(options.CurrentValue.CheckInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
