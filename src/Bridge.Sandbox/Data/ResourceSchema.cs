namespace Bridge.Sandbox.Data;

/// <summary>The known fields of one resource: validates conditions, ordering, bodies and patches.</summary>
internal sealed class ResourceSchema
{
    private readonly Dictionary<string, SchemaField> _byPath;
    private readonly Dictionary<string, string> _aliases;

    public ResourceSchema(string typeName, IReadOnlyList<SchemaField> topLevel, IEnumerable<SchemaField> all, IReadOnlyDictionary<string, string> aliases)
    {
        TypeName = typeName;
        TopLevel = topLevel;
        _byPath = new Dictionary<string, SchemaField>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in all)
        {
            _byPath[field.Path] = field;
        }

        _aliases = new Dictionary<string, string>(aliases, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The model name used in messages, e.g. <c>Ticket</c>.</summary>
    public string TypeName { get; }

    /// <summary>Top-level fields in the order they are serialised.</summary>
    public IReadOnlyList<SchemaField> TopLevel { get; }

    /// <summary>Resolves a path case-insensitively, following aliases such as <c>lastUpdated</c>.</summary>
    public bool TryResolve(string path, out SchemaField field)
    {
        var trimmed = path.Trim().Trim('/');
        if (_byPath.TryGetValue(trimmed, out field!))
        {
            return true;
        }

        return _aliases.TryGetValue(trimmed, out var target) && _byPath.TryGetValue(target, out field!);
    }

    public SchemaField? FindTop(string name) =>
        _byPath.TryGetValue(name, out var field) && field.Segments.Length == 1 ? field : null;
}
