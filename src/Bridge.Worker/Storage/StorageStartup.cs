using System.Reflection;

namespace Bridge.Worker.Storage;

/// <summary>
/// Opens the state file and the inbox file when the service starts, lets stores create their collections, and records
/// the run; records the stop.
/// </summary>
internal sealed class StorageStartup(
    BridgeDatabase database,
    [FromKeyedServices(BridgeDatabase.InboxKey)] BridgeDatabase inbox,
    ServiceRunRepository runs,
    IEnumerable<IStorageSetup> setups,
    TimeProvider time) : IHostedService
{
    private ServiceRun? _run;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        database.EnsureOpen();
        inbox.EnsureOpen();
        database.Write(() =>
        {
            foreach (var setup in setups)
            {
                setup.Prepare();
            }
        });
        var version = typeof(StorageStartup).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        _run = runs.RecordStart(time.GetUtcNow(), version, Environment.MachineName);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        if (_run is not null)
        {
            runs.RecordStop(_run.Id, time.GetUtcNow());
        }

        return Task.CompletedTask;
    }
}
