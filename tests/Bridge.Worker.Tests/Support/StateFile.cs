using Bridge.Worker.Kernel;
using Bridge.Worker.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Worker.Tests.Support;

/// <summary>A real state file in a fresh directory (commits not forced to disk), deleted when the test ends.</summary>
internal sealed class StateFile : IDisposable
{
    private readonly TempDirectory _dir = new();

    public StateFile(DateTimeOffset now)
    {
        Database = new BridgeDatabase(
            Microsoft.Extensions.Options.Options.Create(new StorageOptions { DurableCommits = false }),
            new BridgeEnvironment(_dir.Path),
            new FakeTimeProvider(now),
            NullLogger<BridgeDatabase>.Instance);
    }

    public BridgeDatabase Database { get; }

    public void Dispose()
    {
        Database.Dispose();
        _dir.Dispose();
    }
}
