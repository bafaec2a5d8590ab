using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Bridge.Connectors.ConnectWise;

/// <summary>Cross-field rules of <see cref="ConnectWiseOptions"/>; each message names its key path.</summary>
internal static class ConnectWiseOptionsRules
{
    internal const string ApiSuffix = "apis/3.0/";

    public static IEnumerable<ValidationResult> Check(ConnectWiseOptions options)
    {
        var results = new List<ValidationResult>();
        CheckBaseUrl(options.BaseUrl, results);
        CheckCredentialPart(options.CompanyId, "CompanyId", results);
        CheckCredentialPart(options.PublicKey, "PublicKey", results);
        if (!string.IsNullOrWhiteSpace(options.ClientId) && !Guid.TryParse(options.ClientId, out _))
        {
            results.Add(Fail("ConnectWise:ClientId must be a GUID (the client id issued at developer.connectwise.com).", nameof(options.ClientId)));
        }

        if (options.Resilience is { } r)
        {
            if (r.AttemptTimeout > r.TotalTimeout)
            {
                results.Add(Fail("ConnectWise:Resilience:AttemptTimeout must not exceed ConnectWise:Resilience:TotalTimeout.", "Resilience.AttemptTimeout"));
            }

            if (r.MaxRetryAfter >= r.TotalTimeout)
            {
                results.Add(Fail("ConnectWise:Resilience:MaxRetryAfter must be shorter than ConnectWise:Resilience:TotalTimeout, or an honoured Retry-After could never complete.", "Resilience.MaxRetryAfter"));
            }

            if (r.BaseDelay >= r.TotalTimeout)
            {
                results.Add(Fail("ConnectWise:Resilience:BaseDelay must be shorter than ConnectWise:Resilience:TotalTimeout.", "Resilience.BaseDelay"));
            }
        }

        if (options.Callbacks?.TrustedKeyOrigins is { } origins)
        {
            for (var i = 0; i < origins.Count; i++)
            {
                if (!TryParseOrigin(origins[i], out _))
                {
                    results.Add(Fail($"ConnectWise:Callbacks:TrustedKeyOrigins:{i} must be an origin like https://host[:port] without a path.", "Callbacks.TrustedKeyOrigins"));
                }
            }
        }

        return results;
    }

    /// <summary>Parses <c>scheme://host[:port]</c> (a trailing slash is allowed, a path is not).</summary>
    internal static bool TryParseOrigin(string? value, out Uri origin)
    {
        origin = null!;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.UserInfo.Length > 0)
        {
            return false;
        }

        origin = new Uri(uri.GetLeftPart(UriPartial.Authority));
        return true;
    }

    private static void CheckBaseUrl(string? baseUrl, List<ValidationResult> results)
    {
        if (string.IsNullOrWhiteSpace(baseUrl))
        {
            return; // [Required] reports it.
        }

        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            results.Add(Fail($"ConnectWise:BaseUrl '{baseUrl}' must be an absolute http(s) URL.", nameof(ConnectWiseOptions.BaseUrl)));
            return;
        }

        if (!uri.AbsolutePath.EndsWith("/" + ApiSuffix, StringComparison.OrdinalIgnoreCase))
        {
            results.Add(Fail($"ConnectWise:BaseUrl must end with the codebase and '{ApiSuffix}' (e.g. https://{uri.Authority}/v4_6_release/{ApiSuffix}); got '{baseUrl}'.", nameof(ConnectWiseOptions.BaseUrl)));
        }

        if (uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            results.Add(Fail("ConnectWise:BaseUrl must not carry a query, fragment or user info.", nameof(ConnectWiseOptions.BaseUrl)));
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
        {
            results.Add(Fail("ConnectWise:BaseUrl must use https (plain http is accepted only for a loopback sandbox).", nameof(ConnectWiseOptions.BaseUrl)));
        }
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.IdnHost, out var ip) && IPAddress.IsLoopback(ip));

    private static void CheckCredentialPart(string? value, string name, List<ValidationResult> results)
    {
        if (!string.IsNullOrEmpty(value) && (value.Contains(':', StringComparison.Ordinal) || value.Contains('+', StringComparison.Ordinal) || value.Any(char.IsWhiteSpace)))
        {
            results.Add(Fail($"ConnectWise:{name} must not contain ':', '+' or white space (they would break the Basic credentials).", name));
        }
    }

    private static ValidationResult Fail(string message, string member) => new(message, [member]);
}
