using System.Security.Cryptography;
using System.Text;

namespace Bridge.Connectors.ConnectWise.Callbacks;

/// <summary>
/// The ConnectWise callback signature: header <c>x-content-signature</c> =
/// Base64(HMAC-SHA256(key = SHA256(UTF-8 signing key), message = raw body bytes)).
/// </summary>
/// <remarks>Always verify the raw bytes as received; re-serialized JSON will not match.</remarks>
public static class CallbackSignature
{
    /// <summary>The request header carrying the signature.</summary>
    public const string HeaderName = "x-content-signature";

    /// <summary>Computes the signature of a body.</summary>
    /// <param name="signingKey">The key served at <c>Metadata.key_url</c>.</param>
    /// <param name="body">The raw body bytes.</param>
    /// <returns>The Base64 signature.</returns>
    public static string Compute(string signingKey, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(signingKey);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        ComputeMac(signingKey, body, mac);
        return Convert.ToBase64String(mac);
    }

    /// <summary>Checks a signature in constant time.</summary>
    /// <param name="signingKey">The key served at <c>Metadata.key_url</c>.</param>
    /// <param name="body">The raw body bytes.</param>
    /// <param name="signature">The <c>x-content-signature</c> header value.</param>
    /// <returns>True when the signature is the body's.</returns>
    public static bool Verify(string signingKey, ReadOnlySpan<byte> body, string? signature)
    {
        ArgumentNullException.ThrowIfNull(signingKey);
        if (string.IsNullOrWhiteSpace(signature))
        {
            return false;
        }

        Span<byte> given = stackalloc byte[64];
        if (!Convert.TryFromBase64String(signature.Trim(), given, out var length) || length != HMACSHA256.HashSizeInBytes)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        ComputeMac(signingKey, body, expected);
        return CryptographicOperations.FixedTimeEquals(expected, given[..length]);
    }

    private static void ComputeMac(string signingKey, ReadOnlySpan<byte> body, Span<byte> destination)
    {
        Span<byte> key = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(signingKey), key);
        HMACSHA256.HashData(key, body, destination);
        CryptographicOperations.ZeroMemory(key);
    }
}
