using System.Reflection;
using LiteDB.Engine;

namespace Bridge.Worker.Storage;

/// <summary>
/// Makes a LiteDB commit durable before the caller goes on. LiteDB 5.0.20 returns from a commit as
/// soon as the pages are queued; a writer thread writes them to the log moments later, signals
/// "queue empty", and only then flushes. So: wait for the queue (the pages are written to the
/// file), then force the log file to disk from the caller's thread. The queue is internal to
/// LiteDB and is reached by reflection against the pinned 5.0.20; if that shape ever changes the
/// barrier falls back to a checkpoint, which also drains the queue, only slower.
/// </summary>
internal sealed class LogWriterBarrier
{
    private const BindingFlags Internal = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;
    private readonly Action _drainQueue;
    private readonly Stream _log;

    public LogWriterBarrier(LiteEngine engine, Stream log)
    {
        _log = log;
        var queueWait = TryBindQueueWait(engine);
        UsesQueueWait = queueWait is not null;
        _drainQueue = queueWait ?? (() => engine.Checkpoint());
    }

    /// <summary>True when bound to the writer queue itself (false: checkpoint fallback).</summary>
    public bool UsesQueueWait { get; }

    public void Wait()
    {
        _drainQueue();
        if (_log is FileStream file)
        {
            file.Flush(flushToDisk: true);
        }
        else
        {
            _log.Flush();
        }
    }

    private static Action? TryBindQueueWait(LiteEngine engine)
    {
        var disk = typeof(LiteEngine).GetField("_disk", Internal)?.GetValue(engine);
        var lazyQueue = disk?.GetType().GetProperty("Queue", Internal)?.GetValue(disk);
        var queue = lazyQueue?.GetType().GetProperty("Value")?.GetValue(lazyQueue);
        var wait = queue?.GetType().GetMethod("Wait", Internal, Type.EmptyTypes);
        return queue is null || wait is null ? null : () => wait.Invoke(queue, null);
    }
}
