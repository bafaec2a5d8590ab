using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Bridge.Connectors.Notifications.Webhook;

/// <summary>
/// How a generic webhook post is signed, so the receiver can check it came from this bridge and is fresh.
/// </summary>
/// <remarks>
/// Every post carries two headers:
/// <list type="bullet">
/// <item><c>X-Bridge-Timestamp</c>: the send time in Unix seconds;</item>
/// <item><c>X-Bridge-Signature</c>: <c>sha256=</c> followed by the lowercase hex HMAC-SHA256, keyed with the
/// configured secret (UTF-8), of the ASCII timestamp, a dot, and the raw body bytes: <c>{timestamp}.{body}</c>.</item>
/// </list>
/// A receiver recomputes the HMAC over the bytes it received (before any JSON parsing), compares in constant
/// time, and refuses a timestamp more than a few minutes from its clock (replays). A retried post carries the
/// same body, timestamp and <c>Idempotency-Key</c> (the page's dedup key).
/// </remarks>
public static class WebhookSignature
{
    /// <summary>The signature header.</summary>
    public const string SignatureHeader = "X-Bridge-Signature";

    /// <summary>The timestamp header (Unix seconds).</summary>
    public const string TimestampHeader = "X-Bridge-Timestamp";

    /// <summary>The header carrying the page's dedup key, for receivers that deduplicate.</summary>
    public const string IdempotencyHeader = "Idempotency-Key";

    /// <summary>Computes the header value <c>sha256=&lt;hex&gt;</c>.</summary>
    /// <param name="secret">The shared secret.</param>
    /// <param name="timestamp">Unix seconds, as sent in <see cref="TimestampHeader"/>.</param>
    /// <param name="body">The exact body bytes.</param>
    /// <returns>The signature header value.</returns>
    public static string Compute(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var prefix = Encoding.ASCII.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var data = new byte[prefix.Length + body.Length];
        prefix.CopyTo(data, 0);
        body.CopyTo(data.AsSpan(prefix.Length));
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), data);
        return "sha256=" + Convert.ToHexStringLower(mac);
    }

    /// <summary>Checks a received signature in constant time (freshness of the timestamp is the receiver's call).</summary>
    /// <param name="secret">The shared secret.</param>
    /// <param name="timestamp">The received <see cref="TimestampHeader"/> value.</param>
    /// <param name="body">The exact body bytes received.</param>
    /// <param name="signature">The received <see cref="SignatureHeader"/> value.</param>
    /// <returns>True when it matches.</returns>
    public static bool Verify(string secret, string? timestamp, ReadOnlySpan<byte> body, string? signature)
    {
        if (string.IsNullOrEmpty(signature) || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var ts))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Compute(secret, ts, body)), Encoding.ASCII.GetBytes(signature));
    }
}
