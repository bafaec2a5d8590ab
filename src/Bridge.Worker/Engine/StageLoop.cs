using Bridge.Worker.Kernel;
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

    private Task RunAsync(IStage stage, CancellationToken stoppingToken) =>
        ModuleLoop.RunAsync(stage.Name, stage.RunPendingAsync, wakeups.Register(stage.InputName), options, time, _logger, stoppingToken);
}
