using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Text.RegularExpressions;

namespace Bridge.Worker.Tests.Architecture;

/// <summary>
/// Decodes signatures (fields, methods, locals, type specifications, attribute arguments) and
/// records every type of the assembly they name. The decoded value itself is not needed: the type
/// parameter only tells <see cref="SystemType"/> apart, which attribute decoding needs to read a
/// <c>typeof(X)</c> argument.
/// </summary>
internal sealed partial class ReferenceCollector(MetadataReader reader, Action<string> found)
    : ISignatureTypeProvider<int, object?>, ICustomAttributeTypeProvider<int>
{
    private const int OtherType = 0;
    private const int SystemType = 1;

    public int GetTypeFromDefinition(MetadataReader metadata, TypeDefinitionHandle handle, byte rawTypeKind)
    {
        found(MetadataNames.Of(reader, handle));
        return OtherType;
    }

    public int GetTypeFromReference(MetadataReader metadata, TypeReferenceHandle handle, byte rawTypeKind)
    {
        var name = MetadataNames.Of(reader, handle);
        found(name);
        return name == "System.Type" ? SystemType : OtherType;
    }

    public int GetTypeFromSpecification(MetadataReader metadata, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
    {
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
        return OtherType;
    }

    // typeof(X) as an attribute argument is stored as its serialized name, "Ns.Outer+Inner, Assembly", with
    // generic arguments in brackets: "Ns.List`1[[Ns.Item, Assembly]], Assembly". Each name up to its first
    // '+', '`', ',' or bracket is a type's outermost name.
    public int GetTypeFromSerializedName(string name)
    {
        foreach (Match match in SerializedTypeName().Matches(name))
        {
            found(match.Groups[1].Value.Trim());
        }

        return OtherType;
    }

    public int GetArrayType(int elementType, ArrayShape shape) => OtherType;
    public int GetByReferenceType(int elementType) => OtherType;
    public int GetFunctionPointerType(MethodSignature<int> signature) => OtherType;
    public int GetGenericInstantiation(int genericType, ImmutableArray<int> typeArguments) => OtherType;
    public int GetGenericMethodParameter(object? genericContext, int index) => OtherType;
    public int GetGenericTypeParameter(object? genericContext, int index) => OtherType;
    public int GetModifiedType(int modifier, int unmodifiedType, bool isRequired) => OtherType;
    public int GetPinnedType(int elementType) => OtherType;
    public int GetPointerType(int elementType) => OtherType;
    public int GetPrimitiveType(PrimitiveTypeCode typeCode) => OtherType;
    public int GetSZArrayType(int elementType) => OtherType;
    public int GetSystemType() => SystemType;
    public bool IsSystemType(int type) => type == SystemType;

    // Enums as attribute arguments are all int-sized in this code base; a wrong guess only garbles the
    // argument's value, never the attribute's own type, which is recorded from its constructor.
    public PrimitiveTypeCode GetUnderlyingEnumType(int type) => PrimitiveTypeCode.Int32;

    [GeneratedRegex(@"(?:^|\[)([^\[\],+`]+)")]
    private static partial Regex SerializedTypeName();
}
