using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Bridge.Worker.Telemetry;

/// <summary>
/// Who may scrape <c>/metrics</c> until sign-in and roles (#15) land: a loopback caller (a Prometheus or an admin on
/// the server), or any caller that presents the configured <see cref="TelemetryOptions.MetricsToken"/> as a bearer
/// token, compared in constant time.
/// </summary>
internal static class MetricsAccess
{
    private const string Bearer = "Bearer ";

    public static bool Allows(IPAddress? remote, string? authorization, string? token)
    {
        if (remote is not null && IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote))
        {
            return true;
        }

        if (string.IsNullOrEmpty(token) || authorization is null || !authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Hashed first so the comparison takes the same time whatever the length or content of what was sent.
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(token));
        var given = SHA256.HashData(Encoding.UTF8.GetBytes(authorization[Bearer.Length..].Trim()));
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
