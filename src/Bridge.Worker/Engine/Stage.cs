using Bridge.Worker.Storage;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Engine;

/// <summary>
/// One stage's pass over its input from its durable cursor. Items are taken oldest first; the cursor moves after a
/// batch (one commit), so a crash hands the batch over again: a handler sees an item at least once. An item that
/// throws keeps its place and is tried again after <see cref="EngineOptions.RetryDelay"/> (doubling); after
/// <see cref="EngineOptions.MaxAttempts"/> it is parked with its reason and the items behind it go on.
/// </summary>
internal sealed class Stage<T> : IStage, IRetriesParked, IDisposable
{
    private const int BatchSize = 200;
    private readonly IStageInput<T> _input;
    private readonly IStageHandler<T>? _handler;
    private readonly IBatchedStageHandler<T>? _batched;
    private readonly Func<long> _start;
    private readonly string? _output;
    private readonly StageWakeups _wakeups;
    private readonly BridgeDatabase _database;
    private readonly StageCursorStore _cursors;
    private readonly ParkedItemStore _parked;
    private readonly IOptionsMonitor<EngineOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <param name="output">The input name of the stage after this one, woken after each commit; null for the last.</param>
    public Stage(string name, IStageInput<T> input, object handler, Func<long> start, string? output, EngineServices services)
    {
        Name = name;
        _input = input;
        _handler = handler as IStageHandler<T>;
        _batched = handler as IBatchedStageHandler<T>;
        if (_handler is null && _batched is null)
        {
            throw new ArgumentException($"Stage {name}: {handler.GetType().Name} handles no {typeof(T).Name}.", nameof(handler));
        }

        (_start, _output) = (start, output);
        (_database, _cursors, _parked, _options, _wakeups, _time, _logger) = (services.Database, services.Cursors, services.Parked, services.Options, services.Wakeups, services.Time, services.Logger);
    }

    public string Name { get; }

    public string InputName => _input.Name;

    public StageCursor? Cursor => _cursors.Get(Name);

    public int CountBehind() => _input.CountAfter(Cursor?.Position ?? _start());

    public async Task<DateTimeOffset?> RunPendingAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var cursor = Cursor ?? First();
            while (true)
            {
                if (cursor.RetryAt is { } retryAt && retryAt > _time.GetUtcNow())
                {
                    return retryAt;
                }

                var batch = _input.After(cursor.Position, BatchSize);
                if (batch.Count == 0)
                {
                    return null;
                }

                cursor = (_batched is not null && !cursor.IsFailing ? TryBatch(batch, cursor) : null)
                    ?? await OneByOneAsync(batch, cursor, cancellationToken);
                if (cursor.IsFailing || batch.Count < BatchSize)
                {
                    return cursor.RetryAt;
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private StageCursor First()
    {
        var first = new StageCursor(_start());
        _cursors.Set(Name, first);
        return first;
    }

    /// <summary>The whole batch and the cursor's move in one transaction; null when something in it threw.</summary>
    private StageCursor? TryBatch(IReadOnlyList<StageItem<T>> batch, StageCursor cursor)
    {
        var reached = cursor with { Position = batch[^1].Position };
        try
        {
            _database.Write(() =>
            {
                foreach (var item in batch)
                {
                    _batched!.Handle(item.Value);
                }

                _cursors.Set(Name, reached);
            });
            WakeNext();
            return reached;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            EngineLog.BatchFailed(_logger, Name, batch.Count, ex);
            return null;
        }
    }

    private async Task<StageCursor> OneByOneAsync(IReadOnlyList<StageItem<T>> batch, StageCursor cursor, CancellationToken cancellationToken)
    {
        var moved = false;
        foreach (var item in batch)
        {
            try
            {
                await HandleAsync(item.Value, cancellationToken);
                cursor = new StageCursor(item.Position);
                moved = true;
                WakeNext();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                cursor = Failed(item, cursor, ex);
                if (cursor.IsFailing)
                {
                    return cursor;
                }

                moved = false;
            }
        }

        if (moved)
        {
            _cursors.Advance(Name, cursor);
        }

        return cursor;
    }

    /// <summary>An admin's retry of a parked item: handled once more, out of turn (the items after it went on long ago).</summary>
    public async Task<string?> RetryAsync(long position, CancellationToken cancellationToken)
    {
        var item = _input.After(position - 1, 1).FirstOrDefault(i => i.Position == position);
        if (item is null)
        {
            return $"stage {Name} no longer has item {position} in its input";
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            await HandleAsync(item.Value, cancellationToken);
            WakeNext();
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return $"{ex.GetType().Name}: {ex.Message}";
        }
        finally
        {
            _gate.Release();
        }
    }

    private void WakeNext()
    {
        if (_output is not null)
        {
            _wakeups.Notify(_output);
        }
    }

    private Task HandleAsync(T item, CancellationToken cancellationToken)
    {
        if (_handler is not null)
        {
            return _handler.HandleAsync(item, cancellationToken);
        }

        _database.Write(() => _batched!.Handle(item));
        return Task.CompletedTask;
    }

    /// <summary>Counts the failed attempt; parks the item (and moves past it) when it has had its attempts.</summary>
    private StageCursor Failed(StageItem<T> item, StageCursor cursor, Exception ex)
    {
        var settings = _options.CurrentValue;
        var attempts = (cursor.FailingPosition == item.Position ? cursor.Attempts : 0) + 1;
        var reason = $"{ex.GetType().Name}: {ex.Message}";
        var now = _time.GetUtcNow();
        var description = _input.Describe(item.Value);
        if (attempts >= settings.MaxAttempts)
        {
            var past = new StageCursor(item.Position);
            _database.Write(() =>
            {
                _parked.Add(new ParkedItem
                {
                    Stage = Name,
                    Position = item.Position,
                    TicketId = item.TicketId,
                    Item = description,
                    Reason = reason,
                    Attempts = attempts,
                    ParkedAt = now,
                });
                _cursors.Set(Name, past);
            });
            EngineLog.Parked(_logger, Name, description, attempts, ex);
            return past;
        }

        var wait = settings.RetryDelay * Math.Pow(2, attempts - 1);
        var failing = new StageCursor(cursor.FailingPosition == item.Position ? cursor.Position : PositionBefore(item, cursor), item.Position, attempts, reason, now + wait);
        _cursors.Set(Name, failing);
        EngineLog.AttemptFailed(_logger, Name, description, attempts, settings.MaxAttempts, wait, ex);
        return failing;
    }

    /// <summary>The cursor stops just before the failing item, keeping every item handled before it in this batch.</summary>
    private static long PositionBefore(StageItem<T> item, StageCursor cursor) => Math.Max(cursor.Position, item.Position - 1);

    public void Dispose() => _gate.Dispose();
}
