using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace Bridge.Worker.Tests.Architecture;

/// <summary>
/// Decodes signatures (fields, methods, locals, type specifications, attribute arguments) and
/// records every type of the assembly they name. The decoded value itself is not needed, so the
/// type parameter is a placeholder.
/// </summary>
internal sealed class ReferenceCollector(MetadataReader reader, Action<string> found)
    : ISignatureTypeProvider<int, object?>, ICustomAttributeTypeProvider<int>
{
    public int GetTypeFromDefinition(MetadataReader metadata, TypeDefinitionHandle handle, byte rawTypeKind)
    {
        found(MetadataNames.Of(reader, handle));
        return 0;
    }

    public int GetTypeFromReference(MetadataReader metadata, TypeReferenceHandle handle, byte rawTypeKind)
    {
        found(MetadataNames.Of(reader, handle));
        return 0;
    }

    public int GetTypeFromSpecification(MetadataReader metadata, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
    {
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
        return 0;
    }

    // typeof(X) as an attribute argument is stored as its serialized name: "Ns.Outer+Inner, Assembly".
    public int GetTypeFromSerializedName(string name)
    {
        var withoutAssembly = name.Split(',')[0];
        found(withoutAssembly.Split('+')[0]);
        return 0;
    }

    public int GetArrayType(int elementType, ArrayShape shape) => 0;
    public int GetByReferenceType(int elementType) => 0;
    public int GetFunctionPointerType(MethodSignature<int> signature) => 0;
    public int GetGenericInstantiation(int genericType, ImmutableArray<int> typeArguments) => 0;
    public int GetGenericMethodParameter(object? genericContext, int index) => 0;
    public int GetGenericTypeParameter(object? genericContext, int index) => 0;
    public int GetModifiedType(int modifier, int unmodifiedType, bool isRequired) => 0;
    public int GetPinnedType(int elementType) => 0;
    public int GetPointerType(int elementType) => 0;
    public int GetPrimitiveType(PrimitiveTypeCode typeCode) => 0;
    public int GetSZArrayType(int elementType) => 0;
    public int GetSystemType() => 0;
    public bool IsSystemType(int type) => false;
    public PrimitiveTypeCode GetUnderlyingEnumType(int type) => PrimitiveTypeCode.Int32;
}
