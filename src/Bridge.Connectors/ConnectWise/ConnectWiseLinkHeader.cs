using System.Text;

namespace Bridge.Connectors.ConnectWise;

/// <summary>
/// A parsed RFC 8288 <c>Link</c> header as ConnectWise sends it on lists:
/// <c>&lt;https://host/…?page=2&gt;; rel="next", &lt;https://host/…?page=4&gt;; rel="last"</c>.
/// </summary>
/// <remarks>
/// Parsing is lenient: a malformed link-value is skipped, never thrown on; URIs are kept verbatim
/// (commas inside <c>&lt;…&gt;</c> are part of the URI); quoted and bare <c>rel</c> values and
/// several space-separated relations (<c>rel="next last"</c>) are understood.
/// </remarks>
public sealed class ConnectWiseLinkHeader
{
    private readonly Dictionary<string, Uri> _links;

    private ConnectWiseLinkHeader(Dictionary<string, Uri> links) => _links = links;

    /// <summary>An empty header (no links).</summary>
    public static ConnectWiseLinkHeader Empty { get; } = new(new Dictionary<string, Uri>(StringComparer.OrdinalIgnoreCase));

    /// <summary>The <c>rel="next"</c> link, or null on the last page.</summary>
    public Uri? Next => Get("next");

    /// <summary>The <c>rel="prev"</c> link.</summary>
    public Uri? Previous => Get("prev") ?? Get("previous");

    /// <summary>The <c>rel="first"</c> link.</summary>
    public Uri? First => Get("first");

    /// <summary>The <c>rel="last"</c> link.</summary>
    public Uri? Last => Get("last");

    /// <summary>All relations found, by lowercase name; the first link wins when a relation repeats.</summary>
    public IReadOnlyDictionary<string, Uri> Links => _links;

    /// <summary>Parses a <c>Link</c> header value (several header lines may be joined with commas).</summary>
    /// <param name="value">The header value; null or empty gives <see cref="Empty"/>.</param>
    /// <returns>The parsed links.</returns>
    public static ConnectWiseLinkHeader Parse(string? value)
    {
        var links = new Dictionary<string, Uri>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(value))
        {
            return new ConnectWiseLinkHeader(links);
        }

        var i = 0;
        while (i < value.Length)
        {
            var open = value.IndexOf('<', i);
            if (open < 0)
            {
                break;
            }

            var close = value.IndexOf('>', open + 1);
            if (close < 0)
            {
                break;
            }

            var target = value[(open + 1)..close].Trim();
            i = close + 1;
            var rels = ReadParameters(value, ref i);
            if (rels is null || !Uri.TryCreate(target, UriKind.RelativeOrAbsolute, out var uri))
            {
                continue;
            }

            foreach (var rel in rels.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                links.TryAdd(rel.ToLowerInvariant(), uri);
            }
        }

        return new ConnectWiseLinkHeader(links);
    }

    private Uri? Get(string rel) => _links.TryGetValue(rel, out var uri) ? uri : null;

    /// <summary>Reads <c>; name=value</c> pairs up to the comma ending this link-value; returns the rel value.</summary>
    private static string? ReadParameters(string s, ref int i)
    {
        string? rel = null;
        while (i < s.Length)
        {
            SkipWhite(s, ref i);
            if (i >= s.Length)
            {
                break;
            }

            if (s[i] == ',')
            {
                i++;
                break;
            }

            if (s[i] != ';')
            {
                // Garbage: skip to the next link-value.
                var next = s.IndexOf(',', i);
                i = next < 0 ? s.Length : next + 1;
                break;
            }

            i++;
            SkipWhite(s, ref i);
            var nameStart = i;
            while (i < s.Length && s[i] is not ('=' or ';' or ','))
            {
                i++;
            }

            var name = s[nameStart..i].Trim();
            string? paramValue = null;
            if (i < s.Length && s[i] == '=')
            {
                i++;
                SkipWhite(s, ref i);
                paramValue = i < s.Length && s[i] == '"' ? ReadQuoted(s, ref i) : ReadToken(s, ref i);
            }

            if (rel is null && name.Equals("rel", StringComparison.OrdinalIgnoreCase) && paramValue is not null)
            {
                rel = paramValue;
            }
        }

        return rel;
    }

    private static string ReadQuoted(string s, ref int i)
    {
        var builder = new StringBuilder();
        i++; // opening quote
        while (i < s.Length && s[i] != '"')
        {
            if (s[i] == '\\' && i + 1 < s.Length)
            {
                i++;
            }

            builder.Append(s[i]);
            i++;
        }

        i = Math.Min(i + 1, s.Length); // closing quote
        return builder.ToString();
    }

    private static string ReadToken(string s, ref int i)
    {
        var start = i;
        while (i < s.Length && s[i] is not (';' or ','))
        {
            i++;
        }

        return s[start..i].Trim();
    }

    private static void SkipWhite(string s, ref int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }
    }
}
