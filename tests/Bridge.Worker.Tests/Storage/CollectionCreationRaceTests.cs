using Bridge.Worker.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bridge.Worker.Tests.Storage;

/// <summary>
/// A collection's first write while other threads already read it (every stage writing its first cursor at start):
/// on LiteDB 5.0.20 a reader could meet the half-made collection page, and the engine then closed the file for good.
/// Through <see cref="BridgeDatabase.Collection{T}"/> the collection exists before anyone reads it.
/// </summary>
public sealed class CollectionCreationRaceTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "bridge-race-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task NewCollections_WrittenOnceWhileFourThreadsReadThem_TheFileStaysOpenAndEveryWriteIsThere()
    {
        using var database = new BridgeDatabase(Path.Combine(_dir, "bridge.db"), durable: false, TimeProvider.System, NullLogger<BridgeDatabase>.Instance);
        database.EnsureOpen();

        for (var round = 0; round < 60; round++)
        {
            var name = $"race_{round}";
            using var start = new ManualResetEventSlim();
            var readers = Enumerable.Range(0, 4).Select(reader => Task.Run(() =>
            {
                start.Wait();
                for (var i = 0; i < 50; i++)
                {
                    _ = database.Collection<Doc>(name).FindById(1);
                }
            })).ToList();
            var writer = Task.Run(() =>
            {
                start.Wait();
                database.Write(() => database.Collection<Doc>(name).Upsert(new Doc { Id = 1, Value = round }));
            });
            start.Set();
            await Task.WhenAll([.. readers, writer]);
        }

        Assert.All(Enumerable.Range(0, 60), round => Assert.Equal(round, database.Collection<Doc>($"race_{round}").FindById(1)?.Value));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    public sealed class Doc
    {
        public int Id { get; set; }

        public int Value { get; set; }
    }
}
