using System.Text.RegularExpressions;
using Bridge.Sandbox.Data;

namespace Bridge.Sandbox.Api;

/// <summary>
/// <c>Accept: application/vnd.connectwise.com+json; version=2025.1</c>. Versions are PSA releases from 2019.1 up to
/// this server's 2025.1; anything else (including the old <c>3.0.0</c>, which hosted instances refuse) is rejected
/// the way the real API does. No version means the latest model.
/// </summary>
internal static partial class AcceptVersion
{
    public const string Current = "2025.1";
    private const string MediaType = "application/vnd.connectwise.com+json";

    /// <summary>The requested version (null when none), or throws the 400 the real API answers.</summary>
    public static string? Check(HttpRequest request)
    {
        foreach (var range in request.Headers.Accept.ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = range.Split(';', StringSplitOptions.TrimEntries);
            if (!string.Equals(parts[0], MediaType, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var parameter in parts.Skip(1))
            {
                var pair = parameter.Split('=', 2, StringSplitOptions.TrimEntries);
                if (pair.Length == 2 && string.Equals(pair[0], "version", StringComparison.OrdinalIgnoreCase))
                {
                    var version = pair[1].Trim('"');
                    return IsSupported(version)
                        ? version
                        : throw CwErrors.BadRequest(
                            $"The HTTP resource that matches the request URI '{request.Scheme}://{request.Host}{request.Path}{request.QueryString}' does not support the API version '{version}'.");
                }
            }
        }

        return null;
    }

    private static bool IsSupported(string version)
    {
        var match = ReleasePattern().Match(version);
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var release = int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        return year >= 2019 && release >= 1 && (year < 2025 || (year == 2025 && release <= 1));
    }

    [GeneratedRegex(@"^(\d{4})\.(\d{1,2})$")]
    private static partial Regex ReleasePattern();
}
