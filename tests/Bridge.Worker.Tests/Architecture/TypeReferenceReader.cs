using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Bridge.Worker.Tests.Architecture;

/// <summary>
/// Reads a compiled assembly and lists, per type, every type it uses: base type, interfaces,
/// generic constraints, fields, properties, events, method signatures, locals, attributes and
/// every token in the IL of its method bodies, so a fully qualified name in code is caught
/// as surely as a <c>using</c>. Only arrows between two types under <c>rootNamespace</c> are kept.
/// </summary>
public static class TypeReferenceReader
{
    private static readonly Dictionary<ushort, OperandType> OperandTypes = typeof(OpCodes)
        .GetFields()
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => unchecked((ushort)code.Value), code => code.OperandType);

    public static IReadOnlyList<TypeDependency> Read(string assemblyPath, string rootNamespace)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var prefix = rootNamespace + ".";
        var found = new HashSet<TypeDependency>();

        foreach (var handle in reader.TypeDefinitions)
        {
            var owner = MetadataNames.Of(reader, handle);
            if (!owner.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var collector = new ReferenceCollector(reader, target =>
            {
                if (target != owner && target.StartsWith(prefix, StringComparison.Ordinal))
                {
                    found.Add(new TypeDependency(owner, target));
                }
            });
            new TypeWalker(reader, pe, collector).Walk(reader.GetTypeDefinition(handle));
        }

        return [.. found.OrderBy(d => d.From, StringComparer.Ordinal).ThenBy(d => d.To, StringComparer.Ordinal)];
    }

    private sealed class TypeWalker(MetadataReader reader, PEReader pe, ReferenceCollector collector)
    {
        public void Walk(TypeDefinition type)
        {
            Entity(type.BaseType);
            foreach (var implementation in type.GetInterfaceImplementations())
            {
                var interfaceImplementation = reader.GetInterfaceImplementation(implementation);
                Entity(interfaceImplementation.Interface);
                Attributes(interfaceImplementation.GetCustomAttributes());
            }

            Attributes(type.GetCustomAttributes());
            GenericParameters(type.GetGenericParameters());

            foreach (var field in type.GetFields())
            {
                var definition = reader.GetFieldDefinition(field);
                definition.DecodeSignature(collector, null);
                Attributes(definition.GetCustomAttributes());
            }

            foreach (var property in type.GetProperties())
            {
                var definition = reader.GetPropertyDefinition(property);
                definition.DecodeSignature(collector, null);
                Attributes(definition.GetCustomAttributes());
            }

            foreach (var @event in type.GetEvents())
            {
                var definition = reader.GetEventDefinition(@event);
                Entity(definition.Type);
                Attributes(definition.GetCustomAttributes());
            }

            foreach (var method in type.GetMethods())
            {
                Method(reader.GetMethodDefinition(method));
            }
        }

        private void Method(MethodDefinition method)
        {
            method.DecodeSignature(collector, null);
            Attributes(method.GetCustomAttributes());
            GenericParameters(method.GetGenericParameters());
            foreach (var parameter in method.GetParameters())
            {
                Attributes(reader.GetParameter(parameter).GetCustomAttributes());
            }

            if (method.RelativeVirtualAddress == 0)
            {
                return;
            }

            var body = pe.GetMethodBody(method.RelativeVirtualAddress);
            if (!body.LocalSignature.IsNil)
            {
                reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(collector, null);
            }

            foreach (var region in body.ExceptionRegions)
            {
                Entity(region.CatchType);
            }

            Instructions(body.GetILReader());
        }

        private void Instructions(BlobReader il)
        {
            while (il.RemainingBytes > 0)
            {
                ushort code = il.ReadByte();
                if (code == 0xFE)
                {
                    code = (ushort)(0xFE00 | il.ReadByte());
                }

                switch (OperandTypes[code])
                {
                    case OperandType.InlineField:
                    case OperandType.InlineMethod:
                    case OperandType.InlineTok:
                    case OperandType.InlineType:
                    case OperandType.InlineSig:
                        Entity(MetadataTokens.EntityHandle(il.ReadInt32()));
                        break;
                    case OperandType.ShortInlineBrTarget:
                    case OperandType.ShortInlineI:
                    case OperandType.ShortInlineVar:
                        il.Offset += 1;
                        break;
                    case OperandType.InlineVar:
                        il.Offset += 2;
                        break;
                    case OperandType.InlineBrTarget:
                    case OperandType.InlineI:
                    case OperandType.InlineString:
                    case OperandType.ShortInlineR:
                        il.Offset += 4;
                        break;
                    case OperandType.InlineI8:
                    case OperandType.InlineR:
                        il.Offset += 8;
                        break;
                    case OperandType.InlineSwitch:
                        var targets = il.ReadInt32();
                        il.Offset += 4 * targets;
                        break;
                    case OperandType.InlineNone:
                        break;
                    default:
                        throw new InvalidOperationException($"Unknown operand type for IL opcode 0x{code:X4}.");
                }
            }
        }

        private void GenericParameters(GenericParameterHandleCollection parameters)
        {
            foreach (var parameter in parameters)
            {
                var definition = reader.GetGenericParameter(parameter);
                Attributes(definition.GetCustomAttributes());
                foreach (var constraint in definition.GetConstraints())
                {
                    Entity(reader.GetGenericParameterConstraint(constraint).Type);
                }
            }
        }

        private void Attributes(CustomAttributeHandleCollection attributes)
        {
            foreach (var handle in attributes)
            {
                var attribute = reader.GetCustomAttribute(handle);
                Entity(attribute.Constructor);
                attribute.DecodeValue(collector);
            }
        }

        private void Entity(EntityHandle handle)
        {
            if (handle.IsNil)
            {
                return;
            }

            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    collector.GetTypeFromDefinition(reader, (TypeDefinitionHandle)handle, 0);
                    break;
                case HandleKind.TypeReference:
                    collector.GetTypeFromReference(reader, (TypeReferenceHandle)handle, 0);
                    break;
                case HandleKind.TypeSpecification:
                    collector.GetTypeFromSpecification(reader, null, (TypeSpecificationHandle)handle, 0);
                    break;
                case HandleKind.MethodDefinition:
                    var method = reader.GetMethodDefinition((MethodDefinitionHandle)handle);
                    Entity(method.GetDeclaringType());
                    method.DecodeSignature(collector, null);
                    break;
                case HandleKind.FieldDefinition:
                    var field = reader.GetFieldDefinition((FieldDefinitionHandle)handle);
                    Entity(field.GetDeclaringType());
                    field.DecodeSignature(collector, null);
                    break;
                case HandleKind.MemberReference:
                    MemberReference(reader.GetMemberReference((MemberReferenceHandle)handle));
                    break;
                case HandleKind.MethodSpecification:
                    var specification = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                    Entity(specification.Method);
                    specification.DecodeSignature(collector, null);
                    break;
                case HandleKind.StandaloneSignature:
                    var signature = reader.GetStandaloneSignature((StandaloneSignatureHandle)handle);
                    if (signature.GetKind() == StandaloneSignatureKind.Method)
                    {
                        signature.DecodeMethodSignature(collector, null);
                    }

                    break;
            }
        }

        private void MemberReference(MemberReference member)
        {
            Entity(member.Parent);
            if (member.GetKind() == MemberReferenceKind.Method)
            {
                member.DecodeMethodSignature(collector, null);
            }
            else
            {
                member.DecodeFieldSignature(collector, null);
            }
        }
    }
}
