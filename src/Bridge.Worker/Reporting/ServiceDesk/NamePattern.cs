using System.Text.RegularExpressions;

namespace Bridge.Worker.Reporting.ServiceDesk;

/// <summary>A name in a report's mapping rule: compared without case, <c>*</c> the only wildcard (as in ConnectWise's <c>like</c>).</summary>
internal static class NamePattern
{
    /// <summary>The pattern, or null (matches anything) for an empty one.</summary>
    public static Regex? Compile(string? text) => string.IsNullOrWhiteSpace(text)
        ? null
        : new Regex("^" + string.Join(".*", text.Trim().Split('*').Select(Regex.Escape)) + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    /// <summary>Whether <paramref name="value"/> matches; a null pattern matches anything, a missing value only that.</summary>
    public static bool Matches(Regex? pattern, string? value) => pattern is null || (value is not null && pattern.IsMatch(value.Trim()));
}
