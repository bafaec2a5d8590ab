using System.Net.Http.Headers;
using System.Text;

namespace Bridge.Connectors.ConnectWise;

/// <summary>The headers every authenticated ConnectWise request carries.</summary>
internal static class ConnectWiseRequestHeaders
{
    public const string ClientIdHeader = "clientId";

    public static void Apply(HttpRequestMessage request, ConnectWiseOptions options)
    {
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.CompanyId}+{options.PublicKey}:{options.PrivateKey}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);

        request.Headers.Remove(ClientIdHeader);
        request.Headers.TryAddWithoutValidation(ClientIdHeader, options.ClientId);

        // The versioned media type pins the model; without it ConnectWise serves whatever is newest.
        request.Headers.Accept.Clear();
        request.Headers.TryAddWithoutValidation("Accept", $"application/vnd.connectwise.com+json; version={options.ApiVersion}");

        request.Headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
    }

    /// <summary>True when <paramref name="target"/> has the scheme, host and port of <paramref name="baseUrl"/>.</summary>
    public static bool SameOrigin(Uri target, string baseUrl) =>
        Uri.TryCreate(baseUrl, UriKind.Absolute, out var origin) && SameOrigin(target, origin);

    public static bool SameOrigin(Uri target, Uri origin) =>
        target.IsAbsoluteUri
        && string.Equals(target.Scheme, origin.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(target.IdnHost, origin.IdnHost, StringComparison.OrdinalIgnoreCase)
        && target.Port == origin.Port;
}
