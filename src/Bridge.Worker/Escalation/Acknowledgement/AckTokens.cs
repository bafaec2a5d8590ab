using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Bridge.Worker.Escalation.Acknowledgement;

/// <summary>
/// Signs and checks the tokens in acknowledgement links: HMAC-SHA256 over incident, person, action and expiry, so
/// a link works only for what it was made for, only until it expires, and an edited one is refused. The signature
/// is checked (in constant time) before anything in the token is believed.
/// </summary>
internal sealed class AckTokens(AckSigningKey key)
{
    private const string Version = "1";

    public string Create(AckClaim claim)
    {
        var payload = string.Join('|',
            Version,
            claim.IncidentId.ToString(CultureInfo.InvariantCulture),
            claim.Member,
            claim.Action.ToString(),
            claim.ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        var body = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(payload));
        return body + "." + WebEncoders.Base64UrlEncode(Sign(body));
    }

    public AckTokenCheck Check(string? token, int incidentId, DateTimeOffset now)
    {
        var invalid = new AckTokenCheck(AckTokenStatus.Invalid, null);
        if (string.IsNullOrEmpty(token) || token.Length > 1024 || token.Split('.') is not [var body, var signature])
        {
            return invalid;
        }

        byte[] given;
        string payload;
        try
        {
            given = WebEncoders.Base64UrlDecode(signature);
            if (!CryptographicOperations.FixedTimeEquals(given, Sign(body)))
            {
                return invalid;
            }

            payload = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(body));
        }
        catch (FormatException)
        {
            return invalid;
        }

        if (payload.Split('|') is not [Version, var id, var member, var action, var expires]
            || !int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var tokenIncident)
            || !Enum.TryParse<AckAction>(action, ignoreCase: false, out var parsedAction)
            || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return invalid;
        }

        var claim = new AckClaim(tokenIncident, member, parsedAction, DateTimeOffset.FromUnixTimeSeconds(seconds));
        if (tokenIncident != incidentId)
        {
            return new AckTokenCheck(AckTokenStatus.OtherIncident, null);
        }

        return now >= claim.ExpiresAt ? new AckTokenCheck(AckTokenStatus.Expired, null) : new AckTokenCheck(AckTokenStatus.Valid, claim);
    }

    private byte[] Sign(string body) => HMACSHA256.HashData(key.Bytes, Encoding.ASCII.GetBytes(body));
}
