using System.Globalization;

namespace Bridge.Worker.Ingest;

/// <summary>
/// Compares callback URLs as ConnectWise may hand them back: scheme and host in any case, the default port spelled
/// out or not, the path with or without a trailing slash. The path (it carries the secret) and the query (the
/// record id is appended to it) are compared exactly.
/// </summary>
internal static class CallbackUrl
{
    public static bool Same(string? a, string? b) =>
        string.Equals(Normalize(a), Normalize(b), StringComparison.Ordinal);

    /// <summary>The comparable form, e.g. <c>HTTPS://Bridge.Example.com:443/cb/?recordId=</c> → <c>https://bridge.example.com/cb?recordId=</c>.</summary>
    public static string? Normalize(string? url)
    {
        if (url is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return url;
        }

        var userInfo = string.IsNullOrEmpty(uri.UserInfo) ? "" : uri.UserInfo + "@";
        var port = uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
        return uri.Scheme.ToLowerInvariant() + "://" + userInfo + uri.Host.ToLowerInvariant() + port + uri.AbsolutePath.TrimEnd('/') + uri.Query;
    }
}
