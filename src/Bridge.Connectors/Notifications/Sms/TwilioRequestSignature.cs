using System.Security.Cryptography;
using System.Text;

namespace Bridge.Connectors.Notifications.Sms;

/// <summary>
/// The Twilio-style request signature a gateway puts in <c>X-Twilio-Signature</c>: Base64 of
/// HMAC-SHA1 keyed with the auth token over the full URL followed by every form parameter, sorted by name
/// (ordinal), as name then value with no separators.
/// </summary>
public static class TwilioRequestSignature
{
    /// <summary>The header the signature travels in.</summary>
    public const string HeaderName = "X-Twilio-Signature";

    /// <summary>Computes the signature.</summary>
    /// <param name="authToken">The account's auth token.</param>
    /// <param name="url">The full URL the gateway posted to, including scheme, host, port as configured, path and query.</param>
    /// <param name="form">The posted form parameters (a name may repeat).</param>
    /// <returns>The Base64 signature.</returns>
    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, string>> form)
    {
        ArgumentNullException.ThrowIfNull(authToken);
        var data = new StringBuilder(url);
        foreach (var pair in form.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal))
        {
            data.Append(pair.Key).Append(pair.Value);
        }

        // The gateway's protocol fixes SHA-1 here; it is an HMAC, where SHA-1 is still sound.
#pragma warning disable CA5350
        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(authToken));
#pragma warning restore CA5350
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(data.ToString())));
    }

    /// <summary>Checks a signature in constant time.</summary>
    /// <param name="authToken">The account's auth token.</param>
    /// <param name="url">The full URL the gateway posted to.</param>
    /// <param name="form">The posted form parameters.</param>
    /// <param name="signature">The value of <see cref="HeaderName"/>; null or empty fails.</param>
    /// <returns>True when the signature matches.</returns>
    public static bool Verify(string authToken, string url, IEnumerable<KeyValuePair<string, string>> form, string? signature)
    {
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(authToken))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(authToken, url, form));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature));
    }
}
