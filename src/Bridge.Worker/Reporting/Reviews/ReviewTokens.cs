using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bridge.Worker.Escalation.Acknowledgement;
using Microsoft.AspNetCore.WebUtilities;

namespace Bridge.Worker.Reporting.Reviews;

/// <summary>
/// Signs and checks the tokens in review links with the acknowledgement signing key, under a key derived for this
/// purpose only: an acknowledgement token is never a review token and a review token never acknowledges anything.
/// The token binds the incident, the person and the expiry fixed when the link was sent; opening the page or posting
/// the form never makes a new one, so a link's lifetime does not grow by being used.
/// </summary>
internal sealed class ReviewTokens
{
    private const string Purpose = "bridge:review-link:v1";
    private const string Version = "r1";
    private readonly Lazy<byte[]> _key;

    public ReviewTokens(AckSigningKey key)
    {
        _key = new Lazy<byte[]>(() => HMACSHA256.HashData(key.Bytes, Encoding.ASCII.GetBytes(Purpose)));
    }

    public string Create(ReviewClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var payload = string.Join('|',
            Version,
            claim.IncidentId.ToString(CultureInfo.InvariantCulture),
            WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(claim.Member)),
            claim.ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        var body = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(payload));
        return body + "." + WebEncoders.Base64UrlEncode(Sign(body));
    }

    public ReviewTokenCheck Check(string? token, int incidentId, DateTimeOffset now)
    {
        var invalid = new ReviewTokenCheck(AckTokenStatus.Invalid, null);
        if (string.IsNullOrEmpty(token) || token.Length > 1024 || token.Split('.') is not [var body, var signature])
        {
            return invalid;
        }

        string payload;
        string member;
        try
        {
            if (!CryptographicOperations.FixedTimeEquals(WebEncoders.Base64UrlDecode(signature), Sign(body)))
            {
                return invalid;
            }

            payload = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(body));
            if (payload.Split('|') is not [Version, _, var encodedMember, _])
            {
                return invalid;
            }

            member = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(encodedMember));
        }
        catch (FormatException)
        {
            return invalid;
        }

        var parts = payload.Split('|');
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var tokenIncident)
            || !long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || member.Length == 0)
        {
            return invalid;
        }

        if (tokenIncident != incidentId)
        {
            return new ReviewTokenCheck(AckTokenStatus.OtherIncident, null);
        }

        var claim = new ReviewClaim(tokenIncident, member, DateTimeOffset.FromUnixTimeSeconds(seconds));
        return now >= claim.ExpiresAt ? new ReviewTokenCheck(AckTokenStatus.Expired, claim) : new ReviewTokenCheck(AckTokenStatus.Valid, claim);
    }

    private byte[] Sign(string body) => HMACSHA256.HashData(_key.Value, Encoding.ASCII.GetBytes(body));
}
