namespace Bridge.Sandbox.Data;

/// <summary>One known field of a resource (top level or nested, e.g. <c>board/name</c>).</summary>
internal sealed class SchemaField
{
    public SchemaField(string path, FieldKind kind, FieldAccess access)
    {
        Path = path;
        Segments = path.Split('/');
        Name = Segments[^1];
        Kind = kind;
        Access = access;
    }

    public string Path { get; }

    public string Name { get; }

    public string[] Segments { get; }

    public FieldKind Kind { get; }

    public FieldAccess Access { get; }

    public RefShape? Shape { get; init; }

    /// <summary>The schema of one element, for lists of objects (communication items, custom fields).</summary>
    public ResourceSchema? Element { get; init; }

    /// <summary>Allowed values of an enumeration held as text; null when free text.</summary>
    public IReadOnlyList<string>? Allowed { get; init; }

    public bool IsScalar => Kind is FieldKind.Integer or FieldKind.Number or FieldKind.Text or FieldKind.Flag or FieldKind.Date;
}
