namespace Bridge.Worker.Storage;

/// <summary>
/// A LiteDB file stream that can reach the disk. LiteDB 5.0.20 only ever calls <c>Flush()</c>,
/// which leaves pages in the OS cache; an OS crash or power cut could then lose a commit the bridge
/// already acted on. Two uses:
/// <list type="bullet">
/// <item>the data file (<paramref name="syncOnEveryFlush"/> true): LiteDB flushes it at checkpoint,
/// right before it truncates the log, so that flush must be real or a power cut could lose both;</item>
/// <item>the log file (false): LiteDB's writer thread flushes it after every queue drain, many times
/// for one large write; <see cref="LogWriterBarrier"/> instead forces it once per commit.</item>
/// </list>
/// The stream keeps no managed buffer, so a flush from the committing thread and LiteDB's writer
/// thread only meet in the operating system's fsync, which is safe to call concurrently.
/// A forced flush with nothing written since the last one is skipped: a transaction that only read (a stage finding
/// nothing to change) commits without writing, and its fsync cost as much as a real one.
/// </summary>
internal sealed class DurableFileStream(string path, FileMode mode, bool syncOnEveryFlush)
    : FileStream(path, mode, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0, FileOptions.RandomAccess)
{
    private long _diskFlushes;

    /// <summary>1 when bytes were written (or the length changed) since the last forced flush began.</summary>
    private int _dirty = 1;

    /// <summary>How many times the stream forced its data to disk (for tests and diagnostics).</summary>
    public long DiskFlushes => Interlocked.Read(ref _diskFlushes);

    public override void Flush() => Flush(syncOnEveryFlush);

    public override void Flush(bool flushToDisk)
    {
        // Cleared before the fsync: a write that lands meanwhile sets it again, so the next flush covers it.
        if (flushToDisk && Interlocked.Exchange(ref _dirty, 0) == 0)
        {
            base.Flush(flushToDisk: false);
            return;
        }

        base.Flush(flushToDisk);
        if (flushToDisk)
        {
            Interlocked.Increment(ref _diskFlushes);
        }
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        base.Write(buffer, offset, count);
        Volatile.Write(ref _dirty, 1);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        base.Write(buffer);
        Volatile.Write(ref _dirty, 1);
    }

    public override void WriteByte(byte value)
    {
        base.WriteByte(value);
        Volatile.Write(ref _dirty, 1);
    }

    public override async Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        await base.WriteAsync(buffer.AsMemory(offset, count), cancellationToken);
        Volatile.Write(ref _dirty, 1);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await base.WriteAsync(buffer, cancellationToken);
        Volatile.Write(ref _dirty, 1);
    }

    public override void SetLength(long value)
    {
        base.SetLength(value);
        Volatile.Write(ref _dirty, 1);
    }

    public override Task FlushAsync(CancellationToken cancellationToken)
    {
        Flush();
        return Task.CompletedTask;
    }
}
