using System.Net;
using Bridge.Connectors.ConnectWise;

namespace Bridge.Worker.Ingest;

/// <summary>
/// How the poller last fared, for the self-watch: when a cycle last read every board, since when cycles keep failing,
/// and what the last failure was (ConnectWise's status when it answered). In memory: after a restart the first cycle
/// says it again.
/// </summary>
internal sealed class PollStatus(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly DateTimeOffset _startedAt = time.GetUtcNow();
    private DateTimeOffset? _lastCycleAt;
    private DateTimeOffset? _lastSucceededAt;
    private DateTimeOffset? _failingSince;
    private string? _lastError;
    private HttpStatusCode? _lastStatus;

    /// <summary>A consistent copy of the status.</summary>
    public PollHealth Read()
    {
        lock (_gate)
        {
            return new PollHealth(_startedAt, _lastCycleAt, _lastSucceededAt, _failingSince, _lastError, _lastStatus);
        }
    }

    /// <summary>A cycle that read every board.</summary>
    public void Succeeded()
    {
        lock (_gate)
        {
            _lastCycleAt = _lastSucceededAt = time.GetUtcNow();
            (_failingSince, _lastError, _lastStatus) = (null, null, null);
        }
    }

    /// <summary>A cycle in which some board could not be read.</summary>
    public void Failed(Exception error)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            _lastCycleAt = now;
            _failingSince ??= now;
            _lastError = error.Message;
            _lastStatus = error is ConnectWiseApiException { StatusCode: var status } && status != 0 ? status : null;
        }
    }
}

/// <param name="StartedAt">When the bridge started (polling has had no chance before).</param>
/// <param name="LastCycleAt">When the last cycle ended, read or not.</param>
/// <param name="LastSucceededAt">When a cycle last read every board.</param>
/// <param name="FailingSince">The first failed cycle since the last good one; null while cycles succeed.</param>
/// <param name="LastError">The last failure's message.</param>
/// <param name="LastStatus">ConnectWise's answer to the last failure (401, 403, 503 …); null when it did not answer.</param>
internal sealed record PollHealth(
    DateTimeOffset StartedAt,
    DateTimeOffset? LastCycleAt,
    DateTimeOffset? LastSucceededAt,
    DateTimeOffset? FailingSince,
    string? LastError,
    HttpStatusCode? LastStatus)
{
    /// <summary>ConnectWise answered but refused the keys or the member's rights.</summary>
    public bool Refused => LastStatus is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
}
