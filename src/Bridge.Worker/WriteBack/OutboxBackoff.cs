namespace Bridge.Worker.WriteBack;

/// <summary>
/// When to try again: the server's <c>Retry-After</c> when it gave one (capped), else capped exponential backoff
/// from <see cref="WriteBackOptions.RetryBaseDelay"/> with ±20 % jitter.
/// </summary>
internal static class OutboxBackoff
{
    /// <param name="attempts">Attempts made so far (1 after the first).</param>
    /// <param name="retryAfter">The server's wait, if any.</param>
    /// <param name="options">Base, cap and the longest <c>Retry-After</c> honoured.</param>
    /// <param name="jitter">A number in [0, 1).</param>
    public static TimeSpan Delay(int attempts, TimeSpan? retryAfter, WriteBackOptions options, double jitter)
    {
        if (retryAfter is { } wait && wait > TimeSpan.Zero)
        {
            return wait < options.MaxRetryAfter ? wait : options.MaxRetryAfter;
        }

        var doublings = Math.Clamp(attempts - 1, 0, 30);
        var raw = options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, doublings);
        var capped = Math.Min(raw, options.RetryMaxDelay.TotalMilliseconds);
        var jittered = capped * (0.8 + (0.4 * Math.Clamp(jitter, 0, 1)));
        return TimeSpan.FromMilliseconds(Math.Min(jittered, options.RetryMaxDelay.TotalMilliseconds));
    }
}
