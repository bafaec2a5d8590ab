using System.ComponentModel.DataAnnotations;
using Bridge.Connectors.ConnectWise;

namespace Bridge.Connectors.Notifications.Slack;

/// <summary>
/// The Slack incoming webhook (https://hooks.slack.com/services/…) (key path <c>Channels:Slack</c>).
/// A person may have their own webhook URL as contact address; this one is the default.
/// </summary>
/// <remarks>Webhook URLs carry their credential in the path: they are never logged, only their host.</remarks>
public sealed class SlackChannelOptions
{
    /// <summary>The default webhook URL, used when a contact method names none. Optional.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Timeout of one post attempt.</summary>
    [KeyRange(typeof(TimeSpan), "00:00:00.100", "00:02:00", ErrorMessage = "Channels:Slack:Timeout must be between 100 ms and 2 minutes.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries of a post that was certainly not processed (connection refused, 429/503 with Retry-After).</summary>
    [KeyRange(0, 5, ErrorMessage = "Channels:Slack:MaxRetryAttempts must be between 0 and 5.")]
    public int MaxRetryAttempts { get; set; } = 2;

    /// <summary>The longest Retry-After waited in flight; a longer one fails the attempt as transient.</summary>
    [KeyRange(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "Channels:Slack:MaxRetryAfter must be between 0 and 1 minute.")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(5);
}
