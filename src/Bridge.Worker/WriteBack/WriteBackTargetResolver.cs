using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.ConnectWise.Models;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.WriteBack;

/// <summary>
/// Checks the configured names against ConnectWise before the outbox sends anything. While a name is wrong nothing
/// is written (the records wait, none is lost) and <c>/health/ready</c> says which key to fix; while ConnectWise
/// cannot be read the check is retried with backoff. A configuration change triggers a new check.
/// </summary>
internal sealed class WriteBackTargetResolver : IDisposable
{
    private readonly IConnectWiseApi _api;
    private readonly ConnectWisePager _pager;
    private readonly IOptionsMonitor<WriteBackOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<WriteBackTargetResolver> _logger;
    private readonly IDisposable? _reload;
    private readonly Lock _gate = new();
    private volatile State _state = new(null, [], null, null, DateTimeOffset.MinValue, 0);

    public WriteBackTargetResolver(IConnectWiseApi api, ConnectWisePager pager, IOptionsMonitor<WriteBackOptions> options, TimeProvider time, ILogger<WriteBackTargetResolver> logger)
    {
        _api = api;
        _pager = pager;
        _options = options;
        _time = time;
        _logger = logger;
        _reload = options.OnChange(_ => Invalidate());
    }

    /// <summary>The resolved names; null until a check found nothing wrong.</summary>
    public WriteBackTargets? Targets => _state.Targets;

    /// <summary>Every name ConnectWise does not know, one line each starting with its key.</summary>
    public IReadOnlyList<string> Problems => _state.Problems;

    /// <summary>Why the last check could not read ConnectWise, if it could not.</summary>
    public string? LastError => _state.LastError;

    public DateTimeOffset? CheckedAt => _state.CheckedAt;

    /// <summary>When the next check is due (while not resolved).</summary>
    public DateTimeOffset NextCheckAt => _state.NextCheckAt;

    /// <summary>Resolves the names unless done; true when the outbox may send.</summary>
    public async Task<bool> EnsureAsync(CancellationToken cancellationToken)
    {
        var state = _state;
        if (state.Targets is not null)
        {
            return true;
        }

        var now = _time.GetUtcNow();
        if (now < state.NextCheckAt)
        {
            return false;
        }

        var options = _options.CurrentValue;
        try
        {
            var (targets, problems) = await ResolveAsync(options, cancellationToken);
            foreach (var problem in problems)
            {
                WriteBackLog.ConfigurationMismatch(_logger, problem);
            }

            // A wrong name is looked at again only after a while: someone has to fix it, here or in ConnectWise.
            Set(new State(problems.Count == 0 ? targets : null, problems, null, now, now + options.RetryMaxDelay, 0));
            if (problems.Count == 0)
            {
                WriteBackLog.TargetsResolved(_logger, targets.Statuses.Count, WriteBackTargetCheck.WorkTypeNames(options).Count());
            }

            return problems.Count == 0;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var failures = state.Failures + 1;
            var retry = OutboxBackoff.Delay(failures, null, options, Random.Shared.NextDouble());
            WriteBackLog.TargetCheckFailed(_logger, retry, ex);
            Set(new State(null, [], ex.Message, now, now + retry, failures));
            return false;
        }
    }

    /// <summary>Forget the check (the configuration changed); the next pass checks again.</summary>
    public void Invalidate() => Set(new State(null, [], null, null, DateTimeOffset.MinValue, 0));

    private async Task<(WriteBackTargets, IReadOnlyList<string>)> ResolveAsync(WriteBackOptions options, CancellationToken ct)
    {
        var boards = options.Statuses.Count == 0 ? [] : await AllAsync<Board>((size, c) => _api.GetBoardsAsync(pageSize: size, cancellationToken: c), ct);
        var statuses = new Dictionary<int, IReadOnlyList<BoardStatus>>();
        foreach (var key in options.Statuses.Keys)
        {
            if (WriteBackTargetCheck.FindBoard(key, boards)?.Id is { } boardId && !statuses.ContainsKey(boardId))
            {
                statuses[boardId] = await AllAsync<BoardStatus>((size, c) => _api.GetBoardStatusesAsync(boardId, pageSize: size, cancellationToken: c), ct);
            }
        }

        var workTypes = WriteBackTargetCheck.WorkTypeNames(options).Any()
            ? await AllAsync<WorkType>((size, c) => _api.GetWorkTypesAsync(pageSize: size, cancellationToken: c), ct)
            : [];
        var members = options.ContactAttempts.Member is { Length: > 0 } member
            ? await AllAsync<Member>((size, c) => _api.GetMembersAsync(conditions: Conditions.Field("identifier").Equal(member.Trim()), pageSize: size, cancellationToken: c), ct)
            : [];
        return WriteBackTargetCheck.Resolve(options, boards, statuses, workTypes, members);
    }

    private async Task<IReadOnlyList<T>> AllAsync<T>(Func<int, CancellationToken, Task<Refit.IApiResponse<List<T>>>> firstPage, CancellationToken ct)
    {
        var rows = new List<T>();
        await foreach (var row in _pager.EnumerateAsync(firstPage, ct))
        {
            rows.Add(row);
        }

        return rows;
    }

    private void Set(State state)
    {
        lock (_gate)
        {
            _state = state;
        }
    }

    public void Dispose() => _reload?.Dispose();

    private sealed record State(
        WriteBackTargets? Targets,
        IReadOnlyList<string> Problems,
        string? LastError,
        DateTimeOffset? CheckedAt,
        DateTimeOffset NextCheckAt,
        int Failures);
}
