using System.Collections.Concurrent;
using System.Reflection;
using LiteDB;

namespace Bridge.Worker.Storage.PostgreSql;

/// <summary>
/// The stored names of a document type's members, by LiteDB's mapping conventions (which the bridge does not
/// change): <see cref="BsonIdAttribute"/>, else a property named <c>Id</c> or <c>&lt;Type&gt;Id</c>, is the id, stored
/// as <c>_id</c>; <see cref="BsonFieldAttribute"/> renames; <see cref="BsonIgnoreAttribute"/> leaves out.
/// </summary>
internal static class DocumentShape
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> Ids = new();
    private static readonly ConcurrentDictionary<(Type Owner, string Member), string?> Names = new();
    private static readonly ConcurrentDictionary<(Type Owner, string Field), PropertyInfo?> ByField = new();

    public static PropertyInfo? IdMember(Type type) => Ids.GetOrAdd(type, static t =>
    {
        var properties = t.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        return properties.FirstOrDefault(p => p.GetCustomAttribute<BsonIdAttribute>() is not null)
            ?? properties.FirstOrDefault(p => p.Name.Equals("Id", StringComparison.OrdinalIgnoreCase))
            ?? properties.FirstOrDefault(p => p.Name.Equals(t.Name + "Id", StringComparison.OrdinalIgnoreCase));
    });

    /// <summary>The stored name of <paramref name="member"/> read from a document of <paramref name="owner"/>, or null when it is not stored.</summary>
    /// <remarks>Read for every member of every query: the attribute lookups are made once per member.</remarks>
    public static string? FieldName(Type owner, MemberInfo member) =>
        member is PropertyInfo ? Names.GetOrAdd((owner, member.Name), key => Find(key.Owner, member)) : null;

    private static string? Find(Type owner, MemberInfo member)
    {
        if (member is not PropertyInfo property || property.GetCustomAttribute<BsonIgnoreAttribute>() is not null)
        {
            return null;
        }

        if (IdMember(owner) is { } id && id.Name == property.Name)
        {
            return "_id";
        }

        return property.GetCustomAttribute<BsonFieldAttribute>()?.Name ?? property.Name;
    }

    /// <summary>The member of <paramref name="type"/> stored as <paramref name="field"/>.</summary>
    public static PropertyInfo? MemberStoredAs(Type type, string field) =>
        ByField.GetOrAdd((type, field), static key =>
            key.Owner.GetProperties(BindingFlags.Public | BindingFlags.Instance).FirstOrDefault(p => FieldName(key.Owner, p) == key.Field));
}
