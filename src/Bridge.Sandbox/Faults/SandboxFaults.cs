namespace Bridge.Sandbox;

/// <summary>
/// Fault injection for API requests and callbacks. Thread-safe; changes apply to the next request.
/// </summary>
public sealed class SandboxFaults
{
    private readonly Lock _gate = new();
    private readonly List<FailureRule> _failures = [];
    private TimeSpan _delay;
    private string? _delayPathContains;
    private readonly List<LostAnswerRule> _lostAnswers = [];
    private volatile bool _dropCallbacks;
    private volatile SandboxOutage _outage;
    private int _answersLost;

    /// <summary>
    /// The next <paramref name="count"/> API requests (whose path contains <paramref name="pathContains"/>, if given)
    /// fail with <paramref name="statusCode"/> and a ConnectWise-shaped body, before authentication is checked.
    /// Calls queue up: a second rule applies once the first is used up.
    /// </summary>
    /// <param name="count">How many requests fail.</param>
    /// <param name="statusCode">E.g. 429, 500, 502, 503.</param>
    /// <param name="retryAfter">Sent as <c>Retry-After</c> in whole seconds (rounded up).</param>
    /// <param name="pathContains">Case-insensitive filter on the request path, e.g. <c>service/tickets</c>.</param>
    public void FailNext(int count, int statusCode, TimeSpan? retryAfter = null, string? pathContains = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        lock (_gate)
        {
            _failures.Add(new FailureRule(statusCode, retryAfter, pathContains) { Remaining = count });
        }
    }

    /// <summary>A fixed delay (real time) before every matching API response; <see cref="TimeSpan.Zero"/> for none.</summary>
    public TimeSpan Delay
    {
        get { lock (_gate) { return _delay; } }
        set { lock (_gate) { _delay = value; } }
    }

    /// <summary>When set, only requests whose path contains this (case-insensitive) are delayed.</summary>
    public string? DelayPathContains
    {
        get { lock (_gate) { return _delayPathContains; } }
        set { lock (_gate) { _delayPathContains = value; } }
    }

    /// <summary>When true, callbacks are not sent at all (counted in <see cref="SandboxCallbackLog.DroppedCount"/>).</summary>
    public bool DropCallbacks
    {
        get => _dropCallbacks;
        set => _dropCallbacks = value;
    }

    /// <summary>
    /// An outage of the whole API (not the <c>/_sandbox/</c> control surface) until set back to
    /// <see cref="SandboxOutage.None"/>: every request answers 503, or has its connection dropped unanswered.
    /// </summary>
    public SandboxOutage Outage
    {
        get => _outage;
        set => _outage = value;
    }

    /// <summary>
    /// The first create (POST) of each distinct body whose path contains <paramref name="pathContains"/> is
    /// committed, and then its answer is lost as <paramref name="how"/> says: the record exists, the client
    /// cannot know. A second POST of the same body is answered normally, so a client that re-posts blindly
    /// creates a duplicate. Answers that are not a success (400…) are passed through.
    /// </summary>
    /// <param name="pathContains">Case-insensitive filter on the request path, e.g. <c>/notes</c> or <c>time/entries</c>.</param>
    /// <param name="how">How the answer is lost.</param>
    public void LoseFirstAnswerOfEachCreate(string pathContains, LostAnswer how = LostAnswer.ConnectionReset)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pathContains);
        lock (_gate)
        {
            _lostAnswers.Add(new LostAnswerRule(pathContains, how));
        }
    }

    /// <summary>Answers lost so far by <see cref="LoseFirstAnswerOfEachCreate"/>.</summary>
    public int AnswersLost => Volatile.Read(ref _answersLost);

    /// <summary>Failures still queued by <see cref="FailNext"/>.</summary>
    public int PendingFailures
    {
        get { lock (_gate) { return _failures.Sum(f => f.Remaining); } }
    }

    /// <summary>Removes every fault.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _failures.Clear();
            _lostAnswers.Clear();
            _delay = TimeSpan.Zero;
            _delayPathContains = null;
        }

        _dropCallbacks = false;
        _outage = SandboxOutage.None;
    }

    internal (int StatusCode, TimeSpan? RetryAfter)? TakeFailure(string path)
    {
        lock (_gate)
        {
            var rule = _failures.Find(f => f.Matches(path));
            if (rule is null)
            {
                return null;
            }

            if (--rule.Remaining == 0)
            {
                _failures.Remove(rule);
            }

            return (rule.StatusCode, rule.RetryAfter);
        }
    }

    internal TimeSpan DelayFor(string path)
    {
        lock (_gate)
        {
            return _delay > TimeSpan.Zero && (_delayPathContains is null || path.Contains(_delayPathContains, StringComparison.OrdinalIgnoreCase))
                ? _delay
                : TimeSpan.Zero;
        }
    }

    /// <summary>How the answer to this create is lost, or null to answer it normally. Remembers the body.</summary>
    internal LostAnswer? TakeLostAnswer(string method, string path, byte[] body)
    {
        if (!HttpMethods.IsPost(method))
        {
            return null;
        }

        lock (_gate)
        {
            var rule = _lostAnswers.Find(r => path.Contains(r.PathContains, StringComparison.OrdinalIgnoreCase));
            return rule is not null && rule.SeenBodies.Add(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(body)))
                ? rule.How
                : null;
        }
    }

    internal void CountLostAnswer() => Interlocked.Increment(ref _answersLost);

    private sealed record LostAnswerRule(string PathContains, LostAnswer How)
    {
        public HashSet<string> SeenBodies { get; } = new(StringComparer.Ordinal);
    }

    private sealed record FailureRule(int StatusCode, TimeSpan? RetryAfter, string? PathContains)
    {
        public int Remaining { get; set; }

        public bool Matches(string path) =>
            Remaining > 0 && (PathContains is null || path.Contains(PathContains, StringComparison.OrdinalIgnoreCase));
    }
}
