using System.Text.Json.Nodes;

namespace Bridge.Sandbox.Data;

/// <summary>
/// An <c>orderBy</c> such as <c>priority/sort asc, _info/lastUpdated desc</c>. Nulls sort first ascending
/// (as in SQL Server); ties are broken by id so pages never overlap.
/// </summary>
internal sealed class EntityOrdering
{
    private readonly List<(SchemaField Field, bool Descending)> _keys;

    private EntityOrdering(List<(SchemaField, bool)> keys) => _keys = keys;

    /// <summary>Parses and validates; null when no ordering was asked for.</summary>
    public static EntityOrdering? Parse(string? orderBy, ResourceSchema schema)
    {
        if (string.IsNullOrWhiteSpace(orderBy))
        {
            return null;
        }

        var keys = new List<(SchemaField, bool)>();
        foreach (var part in orderBy.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 2)
            {
                throw CwErrors.Condition($"Invalid orderBy '{part}'. Use 'field asc' or 'field desc'.");
            }

            if (!schema.TryResolve(words[0], out var field))
            {
                throw CwErrors.UnknownConditionField(words[0]);
            }

            if (!field.IsScalar)
            {
                throw CwErrors.Condition($"Cannot order by {field.Path}; order by one of its members, e.g. {field.Path}/name.");
            }

            var direction = words.Length == 2 ? words[1] : "asc";
            var descending = direction.Equals("desc", StringComparison.OrdinalIgnoreCase);
            if (!descending && !direction.Equals("asc", StringComparison.OrdinalIgnoreCase))
            {
                throw CwErrors.Condition($"Invalid orderBy direction '{direction}'. Use asc or desc.");
            }

            keys.Add((field, descending));
        }

        return keys.Count == 0 ? null : new EntityOrdering(keys);
    }

    public void Sort(List<JsonObject> items)
    {
        // Extract typed keys once: comparing parsed values inside the sort would dominate large pages.
        var rows = new (JsonObject Entity, IComparable?[] Keys, int Id)[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var keys = new IComparable?[_keys.Count];
            for (var k = 0; k < _keys.Count; k++)
            {
                keys[k] = KeyOf(_keys[k].Field, JsonValues.Navigate(items[i], _keys[k].Field.Segments));
            }

            rows[i] = (items[i], keys, EntityCollection.IdOf(items[i]));
        }

        Array.Sort(rows, (a, b) =>
        {
            for (var k = 0; k < _keys.Count; k++)
            {
                var result = CompareKeys(a.Keys[k], b.Keys[k]);
                if (result != 0)
                {
                    return _keys[k].Descending ? -result : result;
                }
            }

            return a.Id.CompareTo(b.Id);
        });

        for (var i = 0; i < rows.Length; i++)
        {
            items[i] = rows[i].Entity;
        }
    }

    private static IComparable? KeyOf(SchemaField field, JsonNode? node) => field.Kind switch
    {
        FieldKind.Integer or FieldKind.Number => JsonValues.TryGetDecimal(node, out var d) ? d : null,
        FieldKind.Flag => JsonValues.GetBool(node),
        FieldKind.Date => CwDates.TryParseLenient(JsonValues.GetString(node), out var date) ? date : null,
        _ => JsonValues.AsText(node),
    };

    private static int CompareKeys(IComparable? a, IComparable? b)
    {
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : -1) : 1;
        }

        return a is string s1 && b is string s2
            ? string.Compare(s1, s2, StringComparison.OrdinalIgnoreCase)
            : a.CompareTo(b);
    }
}
