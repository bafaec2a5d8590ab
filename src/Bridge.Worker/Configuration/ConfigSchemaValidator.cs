using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bridge.Worker.Configuration;

/// <summary>
/// Checks a configuration file against <c>bridge.schema.json</c>. Only the part of JSON Schema the
/// shipped schema uses is understood: <c>type</c>, <c>properties</c>, <c>additionalProperties</c>,
/// <c>required</c>, <c>enum</c>, <c>items</c>, <c>pattern</c> and local <c>$ref</c>s
/// (<c>#/definitions/Name</c>). Pure: two parsed documents in, every violation out.
/// </summary>
internal static partial class ConfigSchemaValidator
{
    public const string SchemaFileName = "bridge.schema.json";

    /// <summary>The same leniency as the configuration's JSON provider: comments and trailing commas.</summary>
    public static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static IReadOnlyList<ConfigSchemaViolation> Validate(JsonElement schema, JsonElement document)
    {
        var violations = new List<ConfigSchemaViolation>();
        Check(schema, Resolve(schema, schema), document, "$", violations);
        return violations;
    }

    /// <summary>Follows <c>$ref</c>s (<c>#/definitions/Name</c>, or any <c>#/a/b</c> pointer) to the schema they name.</summary>
    public static JsonElement Resolve(JsonElement root, JsonElement node)
    {
        for (var hops = 0; node.ValueKind == JsonValueKind.Object && node.TryGetProperty("$ref", out var reference); hops++)
        {
            var pointer = reference.GetString() ?? "";
            if (hops > 32 || !pointer.StartsWith("#/", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Unsupported schema reference '{pointer}'.");
            }

            node = root;
            foreach (var segment in pointer[2..].Split('/'))
            {
                var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
                if (!node.TryGetProperty(name, out node))
                {
                    throw new InvalidOperationException($"Schema reference '{pointer}' names nothing.");
                }
            }
        }

        return node;
    }

    /// <summary><c>$.Routing.Clients[0]</c>; a key that is not a plain name is quoted: <c>$['Microsoft.Hosting']</c>.</summary>
    public static string Child(string path, string name) =>
        PlainName().IsMatch(name) ? $"{path}.{name}" : $"{path}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    private static void Check(JsonElement root, JsonElement schema, JsonElement value, string path, List<ConfigSchemaViolation> violations)
    {
        if (schema.ValueKind == JsonValueKind.False)
        {
            violations.Add(new(path, "is not allowed here."));
            return;
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("type", out var type) && !MatchesType(type, value))
        {
            violations.Add(new(path, $"must be {DescribeType(type)}, not {DescribeValue(value)}."));
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
        {
            violations.Add(new(path, $"{DescribeValue(value)} is not one of {string.Join(", ", allowed.EnumerateArray().Select(a => a.GetRawText()))}."));
        }

        if (value.ValueKind == JsonValueKind.String && schema.TryGetProperty("pattern", out var pattern))
        {
            var text = value.GetString()!;
            if (!Regex.IsMatch(text, pattern.GetString()!, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
            {
                var example = schema.TryGetProperty("examples", out var examples) && examples.GetArrayLength() > 0
                    ? $" (e.g. {examples[0].GetRawText()})"
                    : "";
                violations.Add(new(path, $"\"{text}\" is not in the expected form{example}."));
            }
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            CheckObject(root, schema, value, path, violations);
        }
        else if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var itemSchema = Resolve(root, items);
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(root, itemSchema, item, string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]"), violations);
            }
        }
    }

    private static void CheckObject(JsonElement root, JsonElement schema, JsonElement value, string path, List<ConfigSchemaViolation> violations)
    {
        schema.TryGetProperty("properties", out var properties);
        var hasProperties = properties.ValueKind == JsonValueKind.Object;
        schema.TryGetProperty("additionalProperties", out var additional);

        foreach (var property in value.EnumerateObject())
        {
            var childPath = Child(path, property.Name);
            if (hasProperties && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(root, Resolve(root, propertySchema), property.Value, childPath, violations);
            }
            else if (additional.ValueKind == JsonValueKind.False)
            {
                var known = hasProperties ? string.Join(", ", properties.EnumerateObject().Select(p => p.Name)) : "none";
                violations.Add(new(childPath, $"is not a known key (known keys here: {known})."));
            }
            else if (additional.ValueKind == JsonValueKind.Object)
            {
                Check(root, Resolve(root, additional), property.Value, childPath, violations);
            }
        }

        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!value.TryGetProperty(name, out _))
                {
                    violations.Add(new(Child(path, name), "is required."));
                }
            }
        }
    }

    private static bool MatchesType(JsonElement type, JsonElement value) =>
        type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Any(t => MatchesType(t.GetString(), value))
            : MatchesType(type.GetString(), value);

    private static bool MatchesType(string? type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && decimal.Truncate(d) == d,
        _ => true,
    };

    private static string DescribeType(JsonElement type) =>
        type.ValueKind == JsonValueKind.Array
            ? string.Join(" or ", type.EnumerateArray().Select(t => Article(t.GetString() ?? "")))
            : Article(type.GetString() ?? "");

    private static string DescribeValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string {value.GetRawText()}",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {value.GetRawText()}",
        _ => "null",
    };

    private static string Article(string type) => type is "object" or "array" or "integer" ? $"an {type}" : $"a {type}";

    [GeneratedRegex(@"^[A-Za-z_$][A-Za-z0-9_$]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainName();
}
