using System.Text.RegularExpressions;

namespace Bridge.Worker.Routing.Rules;

/// <summary>
/// A word or phrase found in text only as whole words, case-insensitively: "down" matches "Server down!"
/// and "site-down", never "downtown" or "breakdown".
/// </summary>
internal sealed class KeywordMatcher
{
    private readonly Regex _pattern;

    public KeywordMatcher(string keyword)
    {
        Keyword = keyword.Trim();
        // Runs of whitespace in a phrase match any whitespace; letters and digits around the phrase end a match.
        var phrase = string.Join(@"\s+", Keyword.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
        _pattern = new Regex(
            @"(?<![\p{L}\p{N}_])" + phrase + @"(?![\p{L}\p{N}_])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));
    }

    public string Keyword { get; }

    public bool IsMatch(string? text) => !string.IsNullOrEmpty(text) && _pattern.IsMatch(text);
}
