using System.Text.Json.Nodes;

namespace Bridge.Sandbox.Data;

/// <summary>
/// The PATCH body ConnectWise takes: <c>[{"op":"replace","path":"status","value":{"id":2}}]</c>, ops
/// <c>add</c>, <c>replace</c>, <c>remove</c>. A leading <c>/</c> is tolerated; nested paths such as
/// <c>status/id</c> or <c>customFields/0/value</c> edit inside the member. Read-only members are ignored.
/// </summary>
internal static class JsonPatch
{
    public static void Apply(JsonObject target, JsonNode? operations, ResourceSchema schema)
    {
        if (operations is not JsonArray ops)
        {
            throw CwErrors.BadRequest(
                "The request body must be a JSON array of patch operations, e.g. [{\"op\":\"replace\",\"path\":\"summary\",\"value\":\"New summary\"}].");
        }

        foreach (var node in ops)
        {
            if (node is not JsonObject op)
            {
                throw CwErrors.BadRequest("Each patch operation must be an object with op, path and value.");
            }

            ApplyOne(target, op, schema);
        }
    }

    private static void ApplyOne(JsonObject target, JsonObject op, ResourceSchema schema)
    {
        var kind = Member(op, "op")?.ToLowerInvariant();
        var path = Member(op, "path") ?? throw CwErrors.BadRequest("A patch operation is missing its path.");
        if (kind is not ("add" or "replace" or "remove"))
        {
            throw CwErrors.BadRequest($"The patch operation '{kind}' is not supported. Use add, replace or remove.");
        }

        var hasValue = op.Any(p => string.Equals(p.Key, "value", StringComparison.OrdinalIgnoreCase));
        var value = op.FirstOrDefault(p => string.Equals(p.Key, "value", StringComparison.OrdinalIgnoreCase)).Value;
        if (kind != "remove" && !hasValue)
        {
            throw CwErrors.BadRequest($"The patch operation '{kind}' on '{path}' needs a value.");
        }

        var segments = path.Trim().TrimStart('/').Split('/');
        var field = schema.FindTop(segments[0]) ?? throw CwErrors.UnknownMember(schema.TypeName, segments[0]);
        if (field.Access == FieldAccess.ReadOnly)
        {
            return;
        }

        if (segments.Length == 1)
        {
            if (kind == "remove")
            {
                target.Remove(field.Name);
            }
            else
            {
                target[field.Name] = value?.DeepClone();
            }

            return;
        }

        JsonNode parent = target[field.Name] ??= field.Kind == FieldKind.List ? new JsonArray() : new JsonObject();
        for (var i = 1; i < segments.Length - 1; i++)
        {
            parent = Child(parent, segments[i], path) ?? throw CwErrors.BadRequest($"The path '{path}' does not exist.");
        }

        SetLast(parent, segments[^1], kind, value, path);
    }

    private static JsonNode? Child(JsonNode parent, string segment, string path) => parent switch
    {
        JsonObject obj => obj[KeyIn(obj, segment)] ??= new JsonObject(),
        JsonArray array => array[Index(array, segment, path, allowEnd: false)],
        _ => null,
    };

    private static void SetLast(JsonNode parent, string segment, string kind, JsonNode? value, string path)
    {
        switch (parent)
        {
            case JsonObject obj when kind == "remove":
                obj.Remove(KeyIn(obj, segment));
                break;
            case JsonObject obj:
                obj[KeyIn(obj, segment)] = value?.DeepClone();
                break;
            case JsonArray array when kind == "add" && segment == "-":
                array.Add(value?.DeepClone());
                break;
            case JsonArray array:
                var index = Index(array, segment, path, allowEnd: kind == "add");
                if (kind == "remove")
                {
                    array.RemoveAt(index);
                }
                else if (kind == "add")
                {
                    array.Insert(index, value?.DeepClone());
                }
                else
                {
                    array[index] = value?.DeepClone();
                }

                break;
            default:
                throw CwErrors.BadRequest($"The path '{path}' does not exist.");
        }
    }

    private static string KeyIn(JsonObject obj, string segment) =>
        obj.FirstOrDefault(p => string.Equals(p.Key, segment, StringComparison.OrdinalIgnoreCase)).Key ?? segment;

    private static int Index(JsonArray array, string segment, string path, bool allowEnd)
    {
        if (!int.TryParse(segment, out var index) || index < 0 || index > array.Count || (index == array.Count && !allowEnd))
        {
            throw CwErrors.BadRequest($"The path '{path}' does not exist.");
        }

        return index;
    }

    private static string? Member(JsonObject op, string name) =>
        JsonValues.GetString(op.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value);
}
