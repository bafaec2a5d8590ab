using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bridge.Worker.Logging;

namespace Bridge.Worker.Configuration;

/// <summary>
/// The version of a configuration: the sections that decide who is paged and why (<see cref="Sections"/>), without
/// their secrets, as JSON, and the first 12 hex digits of its SHA-256. Only values that decide count, so saving the
/// file unchanged, reordering keys or editing another section (channels, logging) keeps the version. Secret keys are
/// left out before hashing: a short hash of a signing key alone must not be printed next to every decision.
/// </summary>
internal static class ConfigFingerprint
{
    public static readonly IReadOnlyList<string> Sections = ["Routing", "Escalation", "OnCall"];

    public const int HashLength = 12;

    public static (string Hash, string Json) Of(IReadOnlyDictionary<string, string?> values)
    {
        var kept = values
            .Where(pair => pair.Value is not null && InSections(pair.Key) && !SecretValues.IsSecretKey(pair.Key))
            .OrderBy(pair => pair.Key, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var canonical = new StringBuilder();
        foreach (var (key, value) in kept)
        {
            canonical.Append(key.ToUpperInvariant()).Append('=').Append(value).Append('\n');
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())))[..HashLength];
        return (hash, Nest(kept).ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
    }

    private static bool InSections(string key) =>
        Sections.Any(section => key.StartsWith(section + ":", StringComparison.OrdinalIgnoreCase));

    /// <summary>Flattened keys back into objects; an object whose keys are 0…n-1 was an array.</summary>
    private static JsonNode Nest(IEnumerable<KeyValuePair<string, string?>> pairs)
    {
        var root = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in pairs)
        {
            var node = root;
            var parts = key.Split(':');
            for (var i = 0; i < parts.Length - 1; i++)
            {
                if (!node.TryGetValue(parts[i], out var child) || child is not Dictionary<string, object> next)
                {
                    next = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
                    node[parts[i]] = next;
                }

                node = next;
            }

            node.TryAdd(parts[^1], value!);
        }

        return ToNode(root);
    }

    private static JsonNode ToNode(object value)
    {
        if (value is not Dictionary<string, object> map)
        {
            return JsonValue.Create((string)value);
        }

        var ordered = map.OrderBy(p => int.TryParse(p.Key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        if (ordered.Count > 0 && ordered.Select((p, i) => p.Key == i.ToString(System.Globalization.CultureInfo.InvariantCulture)).All(x => x))
        {
            return new JsonArray(ordered.Select(p => (JsonNode?)ToNode(p.Value)).ToArray());
        }

        var json = new JsonObject();
        foreach (var (key, child) in ordered)
        {
            json[key] = ToNode(child);
        }

        return json;
    }
}
