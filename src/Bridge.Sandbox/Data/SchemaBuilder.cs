namespace Bridge.Sandbox.Data;

/// <summary>Declares a resource schema in serialisation order.</summary>
internal sealed class SchemaBuilder(string typeName)
{
    private static readonly string[] InfoAliases = ["lastUpdated", "updatedBy", "dateEntered", "enteredBy"];

    private readonly List<SchemaField> _top = [];
    private readonly List<SchemaField> _all = [];

    public SchemaBuilder Integer(string name, FieldAccess access = FieldAccess.ReadWrite) => Add(new SchemaField(name, FieldKind.Integer, access));

    public SchemaBuilder Number(string name, FieldAccess access = FieldAccess.ReadWrite) => Add(new SchemaField(name, FieldKind.Number, access));

    public SchemaBuilder Text(string name, FieldAccess access = FieldAccess.ReadWrite) => Add(new SchemaField(name, FieldKind.Text, access));

    public SchemaBuilder Choice(string name, params string[] allowed) =>
        Add(new SchemaField(name, FieldKind.Text, FieldAccess.ReadWrite) { Allowed = allowed });

    public SchemaBuilder Flag(string name, FieldAccess access = FieldAccess.ReadWrite) => Add(new SchemaField(name, FieldKind.Flag, access));

    public SchemaBuilder Date(string name, FieldAccess access = FieldAccess.ReadWrite) => Add(new SchemaField(name, FieldKind.Date, access));

    public SchemaBuilder Ref(string name, RefShape shape = RefShape.Named, FieldAccess access = FieldAccess.ReadWrite)
    {
        Add(new SchemaField(name, FieldKind.Reference, access) { Shape = shape });
        _all.Add(new SchemaField(name + "/id", FieldKind.Integer, access));
        switch (shape)
        {
            case RefShape.Ticket:
                _all.Add(new SchemaField(name + "/summary", FieldKind.Text, access));
                break;
            case RefShape.Identified:
                _all.Add(new SchemaField(name + "/identifier", FieldKind.Text, access));
                _all.Add(new SchemaField(name + "/name", FieldKind.Text, access));
                break;
            case RefShape.Priority:
                _all.Add(new SchemaField(name + "/name", FieldKind.Text, access));
                _all.Add(new SchemaField(name + "/sort", FieldKind.Integer, access));
                _all.Add(new SchemaField(name + "/level", FieldKind.Text, access));
                break;
            case RefShape.Status:
                _all.Add(new SchemaField(name + "/name", FieldKind.Text, access));
                _all.Add(new SchemaField(name + "/Sort", FieldKind.Integer, access));
                break;
            default:
                _all.Add(new SchemaField(name + "/name", FieldKind.Text, access));
                break;
        }

        return this;
    }

    /// <summary>A list of objects; its elements can be searched with <c>childConditions</c>.</summary>
    public SchemaBuilder List(string name, ResourceSchema? element = null, FieldAccess access = FieldAccess.ReadWrite) =>
        Add(new SchemaField(name, FieldKind.List, access) { Element = element });

    /// <summary>The standard <c>_info</c> block; its members are also reachable without the prefix.</summary>
    public SchemaBuilder Info()
    {
        Add(new SchemaField("_info", FieldKind.Complex, FieldAccess.ReadOnly));
        _all.Add(new SchemaField("_info/lastUpdated", FieldKind.Date, FieldAccess.ReadOnly));
        _all.Add(new SchemaField("_info/updatedBy", FieldKind.Text, FieldAccess.ReadOnly));
        _all.Add(new SchemaField("_info/dateEntered", FieldKind.Date, FieldAccess.ReadOnly));
        _all.Add(new SchemaField("_info/enteredBy", FieldKind.Text, FieldAccess.ReadOnly));
        return this;
    }

    public ResourceSchema Build()
    {
        var aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var alias in InfoAliases)
        {
            if (!_top.Exists(f => string.Equals(f.Name, alias, StringComparison.OrdinalIgnoreCase)))
            {
                aliases[alias] = "_info/" + alias;
            }
        }

        return new ResourceSchema(typeName, _top, _all, aliases);
    }

    private SchemaBuilder Add(SchemaField field)
    {
        _top.Add(field);
        _all.Add(field);
        return this;
    }
}
