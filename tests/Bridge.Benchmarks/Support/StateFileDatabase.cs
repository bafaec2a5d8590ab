using Bridge.Worker.Kernel;
using Bridge.Worker.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bridge.Benchmarks.Support;

/// <summary>A worker's state file opened in this process (the worker stopped or not started yet): to check it or to seed it.</summary>
internal static class StateFileDatabase
{
    public static BridgeDatabase Open(string databasePath, bool durable) =>
        new(
            Options.Create(new StorageOptions { Path = databasePath, DurableCommits = durable }),
            new BridgeEnvironment(Path.GetDirectoryName(databasePath)!), TimeProvider.System, NullLogger<BridgeDatabase>.Instance);
}
