using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Bridge.Connectors.ConnectWise;

namespace Bridge.Connectors.Notifications.Webhook;

/// <summary>
/// A generic JSON webhook any paging app can receive (key path <c>Channels:Webhook</c>). Each post is signed:
/// see <see cref="WebhookSignature"/>.
/// </summary>
public sealed class WebhookChannelOptions
{
    /// <summary>Where pages are posted.</summary>
    [Required(ErrorMessage = "Channels:Webhook:Url is required.")]
    public string Url { get; set; } = "";

    /// <summary>The shared HMAC key (at least 16 characters). A secret: never logged.</summary>
    [Required(ErrorMessage = "Channels:Webhook:Secret is required (the HMAC key the receiver verifies X-Bridge-Signature with).")]
    [MinLength(16, ErrorMessage = "Channels:Webhook:Secret must be at least 16 characters.")]
    public string Secret { get; set; } = "";

    /// <summary>Timeout of one post attempt.</summary>
    [KeyRange(typeof(TimeSpan), "00:00:00.100", "00:02:00", ErrorMessage = "Channels:Webhook:Timeout must be between 100 ms and 2 minutes.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries of a post that was certainly not processed (connection refused, 429/503 with Retry-After).</summary>
    [KeyRange(0, 5, ErrorMessage = "Channels:Webhook:MaxRetryAttempts must be between 0 and 5.")]
    public int MaxRetryAttempts { get; set; } = 2;

    /// <summary>The longest Retry-After waited in flight; a longer one fails the attempt as transient.</summary>
    [KeyRange(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "Channels:Webhook:MaxRetryAfter must be between 0 and 1 minute.")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A description safe to log: the secret is masked.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"Webhook {{ Url = {(Uri.TryCreate(Url, UriKind.Absolute, out var u) ? u.GetLeftPart(UriPartial.Authority) : "(invalid)")}, Secret = {(string.IsNullOrEmpty(Secret) ? "(empty)" : "***")} }}");
}
