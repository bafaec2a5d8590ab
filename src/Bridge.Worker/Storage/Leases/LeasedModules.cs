namespace Bridge.Worker.Storage.Leases;

/// <summary>
/// Holds the background modules back until this instance holds the engine lease, then starts them in the order the
/// host would have, each marked as a module's flow (<see cref="EngineLease.EnterModule"/>) so that every write it
/// makes is fenced. A standby runs none of them; it serves HTTP only.
/// </summary>
internal sealed class LeasedModules(EngineLease lease, IHostApplicationLifetime lifetime, ILogger<LeasedModules> logger)
{
    private readonly List<IHostedService> _waiting = [];
    private readonly List<IHostedService> _started = [];
    private readonly Lock _gate = new();
    private Task? _starting;

    /// <summary>A module the host asked to start: queued, and started once the lease is held.</summary>
    public void Enqueue(IHostedService module)
    {
        lock (_gate)
        {
            _waiting.Add(module);
            _starting ??= Task.Run(StartWhenHeldAsync);
        }
    }

    private async Task StartWhenHeldAsync()
    {
        var stopping = lifetime.ApplicationStopping;
        try
        {
            await lease.WaitHeldAsync(stopping);
            // Every module the host registered has been queued by the time the host has started.
            if (!await Kernel.HostStarted.WaitAsync(lifetime, stopping))
            {
                return;
            }

            lease.EnterModule();
            while (!stopping.IsCancellationRequested)
            {
                IHostedService next;
                lock (_gate)
                {
                    if (_waiting.Count == 0)
                    {
                        return;
                    }

                    next = _waiting[0];
                    _waiting.RemoveAt(0);
                    _started.Add(next);
                }

                await next.StartAsync(stopping);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            LeasedModulesLog.StartFailed(logger, ex);
            lifetime.StopApplication();
        }
    }

    /// <summary>Stops the modules that were started, last first.</summary>
    public async Task StopAsync(IHostedService module, CancellationToken ct)
    {
        bool started;
        lock (_gate)
        {
            started = _started.Remove(module);
            _waiting.Remove(module);
        }

        if (started)
        {
            await module.StopAsync(ct);
        }
    }
}

/// <summary>One background module as the host sees it: its start is handed to <see cref="LeasedModules"/>.</summary>
internal sealed class LeasedModule(IHostedService inner, LeasedModules modules) : IHostedService
{
    public IHostedService Inner => inner;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        modules.Enqueue(inner);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => modules.StopAsync(inner, cancellationToken);
}

internal static partial class LeasedModulesLog
{
    [LoggerMessage(EventId = 3110, Level = LogLevel.Critical, Message = "A background module failed to start after the engine lease was taken; stopping")]
    public static partial void StartFailed(ILogger logger, Exception exception);
}
