using System.ComponentModel.DataAnnotations;

namespace Bridge.Connectors.ConnectWise;

/// <summary>
/// Retry, timeout and circuit-breaker settings of the ConnectWise HTTP pipeline
/// (key path <c>ConnectWise:Resilience</c>).
/// </summary>
/// <remarks>
/// The breaker defaults are deliberately low-volume (5 calls in 30 s): Polly's own default of 100
/// calls would never open for a bridge that makes a few calls a minute.
/// </remarks>
public sealed class ConnectWiseResilienceOptions
{
    /// <summary>Retries after the first attempt (0 disables retry).</summary>
    [KeyRange(0, 10, ErrorMessage = "ConnectWise:Resilience:MaxRetryAttempts must be between 0 and 10.")]
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>Base delay of the exponential backoff (jitter is added).</summary>
    [KeyRange(typeof(TimeSpan), "00:00:00.010", "00:01:00", ErrorMessage = "ConnectWise:Resilience:BaseDelay must be between 10 ms and 1 minute.")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest <c>Retry-After</c> waited in-flight. A longer one is not waited: the call fails at once
    /// with a <see cref="ConnectWiseApiException"/> carrying <see cref="ConnectWiseApiException.RetryAfter"/>
    /// so an outbox or poller can reschedule.
    /// </summary>
    [KeyRange(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "ConnectWise:Resilience:MaxRetryAfter must be between 0 and 10 minutes.")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Timeout of one attempt.</summary>
    [KeyRange(typeof(TimeSpan), "00:00:00.100", "00:05:00", ErrorMessage = "ConnectWise:Resilience:AttemptTimeout must be between 100 ms and 5 minutes.")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Timeout of the whole call including retries and their delays.</summary>
    [KeyRange(typeof(TimeSpan), "00:00:00.100", "00:30:00", ErrorMessage = "ConnectWise:Resilience:TotalTimeout must be between 100 ms and 30 minutes.")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>Share of failed calls in <see cref="SamplingDuration"/> that opens the circuit.</summary>
    [KeyRange(0.01, 1.0, ErrorMessage = "ConnectWise:Resilience:FailureRatio must be between 0.01 and 1.")]
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>Calls needed in <see cref="SamplingDuration"/> before the breaker may open.</summary>
    [KeyRange(2, 1000, ErrorMessage = "ConnectWise:Resilience:MinimumThroughput must be between 2 and 1000.")]
    public int MinimumThroughput { get; set; } = 5;

    /// <summary>Window over which the failure ratio is measured.</summary>
    [KeyRange(typeof(TimeSpan), "00:00:00.500", "01:00:00", ErrorMessage = "ConnectWise:Resilience:SamplingDuration must be between 500 ms and 1 hour.")]
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit refuses calls before it lets one probe through.</summary>
    [KeyRange(typeof(TimeSpan), "00:00:00.500", "01:00:00", ErrorMessage = "ConnectWise:Resilience:BreakDuration must be between 500 ms and 1 hour.")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
