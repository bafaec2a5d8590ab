namespace Bridge.Worker.Storage;

/// <summary>
/// A file stream whose <see cref="Flush()"/> reaches the disk. LiteDB 5.0.20 only calls
/// <c>Flush()</c> after writing a commit to its log, which leaves the pages in the OS cache; an OS
/// crash or power cut could then lose a commit the bridge already acted on (an acknowledged page,
/// an outbox record). Routing that call to <c>Flush(true)</c> makes each commit durable.
/// The stream keeps no managed buffer, so a flush from the committing thread and LiteDB's writer
/// thread only meet in the operating system's fsync, which is safe to call concurrently.
/// </summary>
internal sealed class DurableFileStream : FileStream
{
    private long _diskFlushes;

    public DurableFileStream(string path, FileMode mode)
        : base(path, mode, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0, FileOptions.RandomAccess)
    {
    }

    /// <summary>How many times the stream forced its data to disk (for tests and diagnostics).</summary>
    public long DiskFlushes => Interlocked.Read(ref _diskFlushes);

    public override void Flush() => Flush(flushToDisk: true);

    public override void Flush(bool flushToDisk)
    {
        base.Flush(flushToDisk: true);
        Interlocked.Increment(ref _diskFlushes);
    }

    public override Task FlushAsync(CancellationToken cancellationToken)
    {
        Flush();
        return Task.CompletedTask;
    }
}
