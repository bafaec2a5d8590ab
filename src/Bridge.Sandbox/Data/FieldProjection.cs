using System.Text.Json.Nodes;

namespace Bridge.Sandbox.Data;

/// <summary>
/// The <c>fields</c> parameter (<c>id,summary,status/id,_info/lastUpdated</c>): a copy of the entity with only
/// those members, nested ones keeping their parent objects. Unknown names are ignored.
/// </summary>
internal sealed class FieldProjection
{
    private readonly Dictionary<string, FieldProjection?> _members = new(StringComparer.OrdinalIgnoreCase);

    public static FieldProjection? Parse(string? fields)
    {
        if (string.IsNullOrWhiteSpace(fields))
        {
            return null;
        }

        var root = new FieldProjection();
        foreach (var path in fields.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            root.Add(path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries));
        }

        return root;
    }

    /// <summary>A detached projected copy, in the entity's own member order.</summary>
    public JsonObject Apply(JsonObject entity)
    {
        var result = new JsonObject();
        foreach (var (name, value) in entity)
        {
            if (!_members.TryGetValue(name, out var child))
            {
                continue;
            }

            result[name] = (child, value) switch
            {
                (null, _) => value?.DeepClone(),
                (_, JsonObject obj) => child.Apply(obj),
                (_, JsonArray array) => new JsonArray(array.Select(item => item is JsonObject o ? child.Apply(o) : item?.DeepClone()).ToArray()),
                _ => value?.DeepClone(),
            };
        }

        return result;
    }

    private void Add(string[] segments)
    {
        if (segments.Length == 0)
        {
            return;
        }

        var head = segments[0];
        if (segments.Length == 1)
        {
            _members[head] = null;
            return;
        }

        if (_members.TryGetValue(head, out var existing) && existing is null)
        {
            return; // the whole member is already selected
        }

        if (existing is null)
        {
            existing = new FieldProjection();
            _members[head] = existing;
        }

        existing.Add(segments[1..]);
    }
}
