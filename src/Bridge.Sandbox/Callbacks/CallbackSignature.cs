using System.Security.Cryptography;
using System.Text;

namespace Bridge.Sandbox.Callbacks;

/// <summary><c>x-content-signature</c> = Base64(HMAC-SHA256(key: SHA-256(UTF-8 signing key), message: body bytes)).</summary>
internal static class CallbackSignature
{
    public const string HeaderName = "x-content-signature";

    public static string Compute(string signingKey, ReadOnlySpan<byte> body)
    {
        var key = SHA256.HashData(Encoding.UTF8.GetBytes(signingKey));
        return Convert.ToBase64String(HMACSHA256.HashData(key, body));
    }
}
