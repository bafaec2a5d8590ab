using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Bridge.Sandbox.Data;

namespace Bridge.Sandbox.Api;

/// <summary>
/// ConnectWise API-key authentication: <c>Authorization: Basic base64("{companyId}+{publicKey}:{privateKey}")</c>
/// plus a <c>clientId</c> header on every call.
/// </summary>
internal static class ApiAuthenticator
{
    /// <summary>Null when the request may proceed, else the 401 to answer.</summary>
    public static SandboxApiException? Check(HttpRequest request, SandboxOptions options)
    {
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization.ToString(), out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrEmpty(header.Parameter))
        {
            return Unauthorized("Authorization has been denied for this request. Send 'Authorization: Basic' with base64(companyId+publicKey:privateKey).");
        }

        if (!TryDecode(header.Parameter, out var company, out var publicKey, out var privateKey)
            || !string.Equals(company, options.CompanyId, StringComparison.OrdinalIgnoreCase)
            || !FixedEquals(publicKey, options.PublicKey)
            || !FixedEquals(privateKey, options.PrivateKey))
        {
            return Unauthorized("Authorization has been denied for this request. The company id, public key or private key is not valid.");
        }

        var clientId = request.Headers["clientId"].ToString();
        if (string.IsNullOrWhiteSpace(clientId))
        {
            return Unauthorized("The clientId header is required. Register for a clientId at https://developer.connectwise.com/ClientID and send it in a clientId header.");
        }

        if (!Guid.TryParse(clientId, out var given) || !Guid.TryParse(options.ClientId, out var expected) || given != expected)
        {
            return Unauthorized($"The clientId '{clientId}' is not a valid clientId.");
        }

        return null;
    }

    /// <summary>The header value for these options (what a client sends).</summary>
    public static string HeaderValue(SandboxOptions options) =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.CompanyId}+{options.PublicKey}:{options.PrivateKey}"));

    private static bool TryDecode(string parameter, out string company, out string publicKey, out string privateKey)
    {
        company = publicKey = privateKey = string.Empty;
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var plus = colon < 0 ? -1 : text.LastIndexOf('+', colon);
        if (colon < 0 || plus < 0)
        {
            return false;
        }

        company = text[..plus];
        publicKey = text[(plus + 1)..colon];
        privateKey = text[(colon + 1)..];
        return true;
    }

    private static bool FixedEquals(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));

    private static SandboxApiException Unauthorized(string message) => new(401, "Unauthorized", message);
}
