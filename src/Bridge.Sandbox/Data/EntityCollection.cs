using System.Text.Json.Nodes;

namespace Bridge.Sandbox.Data;

/// <summary>The entities of one resource, kept in id order; not thread-safe (the state's lock guards it).</summary>
internal sealed class EntityCollection(string typeName, ResourceSchema schema)
{
    private readonly SortedDictionary<int, JsonObject> _items = [];
    private int _lastId;

    public string TypeName { get; } = typeName;

    public ResourceSchema Schema { get; } = schema;

    public int Count => _items.Count;

    /// <summary>The stored objects in id order. Never hand them out: clone first.</summary>
    public IEnumerable<JsonObject> Items => _items.Values;

    public int NextId() => ++_lastId;

    public void Put(JsonObject entity)
    {
        var id = IdOf(entity);
        _items[id] = entity;
        _lastId = Math.Max(_lastId, id);
    }

    public JsonObject? Find(int id) => _items.GetValueOrDefault(id);

    public bool Remove(int id) => _items.Remove(id);

    public void Clear()
    {
        _items.Clear();
        _lastId = 0;
    }

    /// <summary>First entity whose text field equals <paramref name="value"/>, ignoring case.</summary>
    public JsonObject? FindByText(string field, string value, Func<JsonObject, bool>? scope = null)
    {
        foreach (var item in _items.Values)
        {
            if (string.Equals(JsonValues.GetString(item[field]), value, StringComparison.OrdinalIgnoreCase)
                && (scope is null || scope(item)))
            {
                return item;
            }
        }

        return null;
    }

    public static int IdOf(JsonObject entity) => JsonValues.GetInt(entity["id"]) ?? 0;
}
