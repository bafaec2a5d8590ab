using System.Reflection.Metadata;

namespace Bridge.Worker.Tests.Architecture;

/// <summary>
/// Names a type by its namespace and outermost declaring type, so a nested or compiler-generated
/// type (lambda closure, async state machine) counts as the type it was written in.
/// </summary>
internal static class MetadataNames
{
    public static string Of(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var definition = reader.GetTypeDefinition(handle);
        while (definition.IsNested)
        {
            definition = reader.GetTypeDefinition(definition.GetDeclaringType());
        }

        return Join(reader.GetString(definition.Namespace), reader.GetString(definition.Name));
    }

    public static string Of(MetadataReader reader, TypeReferenceHandle handle)
    {
        var reference = reader.GetTypeReference(handle);
        while (reference.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            reference = reader.GetTypeReference((TypeReferenceHandle)reference.ResolutionScope);
        }

        return Join(reader.GetString(reference.Namespace), reader.GetString(reference.Name));
    }

    private static string Join(string ns, string name)
    {
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        var plain = tick < 0 ? name : name[..tick];
        return ns.Length == 0 ? plain : $"{ns}.{plain}";
    }
}
