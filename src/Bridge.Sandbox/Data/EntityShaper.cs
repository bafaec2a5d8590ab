using System.Text.Json.Nodes;

namespace Bridge.Sandbox.Data;

/// <summary>
/// Checks a request body against a schema and turns validated values into the stored entity:
/// canonical member names and order, nulls dropped (ConnectWise omits them), booleans always present.
/// </summary>
internal static class EntityShaper
{
    /// <summary>
    /// Copies <paramref name="body"/> with member names in their canonical case; an unknown member fails the
    /// request like the real API does, and a value of the wrong type is an InvalidField error.
    /// </summary>
    public static JsonObject Normalize(JsonObject body, ResourceSchema schema)
    {
        var result = new JsonObject();
        foreach (var (name, value) in body)
        {
            var field = schema.FindTop(name) ?? throw CwErrors.UnknownMember(schema.TypeName, name);
            if (field.Access != FieldAccess.ReadOnly)
            {
                Check(field, value, schema.TypeName);
            }

            result[field.Name] = value?.DeepClone();
        }

        return result;
    }

    /// <summary>Builds the stored entity from normalized, resolved values (consumed by this call).</summary>
    public static JsonObject Shape(JsonObject values, ResourceSchema schema)
    {
        // Detach everything once: looking each schema field up in a small JsonObject is linear.
        var given = new Dictionary<string, JsonNode?>(values.Count, StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            given[name] = value;
        }

        values.Clear();
        var entity = new JsonObject();
        foreach (var field in schema.TopLevel)
        {
            if (field.Access == FieldAccess.WriteOnly)
            {
                continue;
            }

            if (!given.TryGetValue(field.Name, out var value) || value is null)
            {
                if (field.Kind == FieldKind.Flag)
                {
                    entity[field.Name] = false;
                }

                continue;
            }

            entity[field.Name] = Convert(field, value);
        }

        return entity;
    }

    public static string? Text(JsonObject values, string name) => JsonValues.GetString(values[name]);

    private static JsonNode Convert(SchemaField field, JsonNode value) => field.Kind switch
    {
        FieldKind.Integer => JsonValue.Create(JsonValues.GetInt(value) ?? 0),
        FieldKind.Number => JsonValue.Create(JsonValues.TryGetDecimal(value, out var d) ? d : 0m),
        FieldKind.Flag => JsonValue.Create(JsonValues.GetBool(value) ?? false),
        FieldKind.Date => JsonValue.Create(CwDates.TryParseLenient(JsonValues.GetString(value), out var date)
            ? CwDates.Format(date)
            : JsonValues.GetString(value) ?? string.Empty),
        FieldKind.Text => JsonValue.Create(Canonical(field, JsonValues.AsText(value) ?? string.Empty)),
        _ => value,
    };

    private static string Canonical(SchemaField field, string text) =>
        field.Allowed?.FirstOrDefault(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase)) ?? text;

    private static void Check(SchemaField field, JsonNode? value, string typeName)
    {
        if (value is null)
        {
            return;
        }

        var ok = field.Kind switch
        {
            FieldKind.Integer => JsonValues.GetInt(value) is not null,
            FieldKind.Number => JsonValues.TryGetDecimal(value, out _),
            FieldKind.Flag => JsonValues.GetBool(value) is not null,
            FieldKind.Text => JsonValues.GetString(value) is not null,
            FieldKind.Date => CwDates.TryParseLenient(JsonValues.GetString(value), out _),
            FieldKind.List => value is JsonArray,
            _ => value is JsonObject,
        };
        if (!ok)
        {
            throw CwErrors.InvalidField(typeName, field.Name,
                $"The value '{JsonValues.Describe(value)}' is not valid for {field.Name}; expected {Expected(field.Kind)}.");
        }

        if (field.Allowed is { } allowed && !allowed.Contains(JsonValues.GetString(value)!, StringComparer.OrdinalIgnoreCase))
        {
            throw CwErrors.InvalidField(typeName, field.Name,
                $"'{JsonValues.Describe(value)}' is not a valid value for {field.Name}. Valid values: {string.Join(", ", allowed)}.");
        }
    }

    private static string Expected(FieldKind kind) => kind switch
    {
        FieldKind.Integer => "an integer",
        FieldKind.Number => "a number",
        FieldKind.Flag => "true or false",
        FieldKind.Date => "a date such as 2026-01-02T03:04:05Z",
        FieldKind.List => "an array",
        FieldKind.Text => "a string",
        _ => "an object",
    };
}
