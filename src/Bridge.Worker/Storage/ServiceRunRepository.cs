namespace Bridge.Worker.Storage;

/// <summary>
/// The record of service starts and clean stops. A start with no stop before the next start means
/// the previous process died; later capabilities use that to decide what to re-check.
/// </summary>
internal sealed class ServiceRunRepository(BridgeDatabase database)
{
    private const string CollectionName = "service_runs";

    public ServiceRun RecordStart(DateTimeOffset at, string version, string machine)
    {
        var runs = database.Collection<ServiceRun>(CollectionName);
        var run = new ServiceRun { StartedAt = at, Version = version, Machine = machine };
        database.Write(() => runs.Insert(run));
        return run;
    }

    public void RecordStop(int runId, DateTimeOffset at)
    {
        var runs = database.Collection<ServiceRun>(CollectionName);
        var run = runs.FindById(runId);
        if (run is null)
        {
            return;
        }

        run.StoppedAt = at;
        database.Write(() => runs.Update(run));
    }

    public IReadOnlyList<ServiceRun> Recent(int count) =>
        database.Collection<ServiceRun>(CollectionName)
            .Query()
            .OrderByDescending(r => r.Id)
            .Limit(count)
            .ToList();

    /// <summary>Reads and writes one record so readiness means "the file takes writes", not just "it opened".</summary>
    public void Probe(DateTimeOffset at)
    {
        var probes = database.Collection<StorageProbe>("storage_probe");
        database.Write(() => probes.Upsert(new StorageProbe { Id = 1, At = at }));
        _ = probes.FindById(1) ?? throw new IOException("The state file accepted a write but did not return it.");
    }

    private sealed class StorageProbe
    {
        public int Id { get; set; }

        public DateTimeOffset At { get; set; }
    }
}
