using System.Text.Json.Nodes;
using Bridge.Sandbox.Data;

namespace Bridge.Sandbox.Conditions;

/// <summary>Binds a parsed condition to a resource schema and turns it into a predicate.</summary>
internal static class ConditionCompiler
{
    /// <summary>Compiles a <c>conditions</c> tree; unknown fields and mismatched literals throw 400.</summary>
    public static Func<JsonObject, bool> Compile(ConditionNode node, ResourceSchema schema)
    {
        switch (node)
        {
            case AndNode and:
                var l1 = Compile(and.Left, schema);
                var r1 = Compile(and.Right, schema);
                return e => l1(e) && r1(e);
            case OrNode or:
                var l2 = Compile(or.Left, schema);
                var r2 = Compile(or.Right, schema);
                return e => l2(e) || r2(e);
            case ComparisonNode comparison:
                return CompileComparison(comparison, schema);
            default:
                throw new ArgumentOutOfRangeException(nameof(node));
        }
    }

    /// <summary>
    /// Compiles <c>childConditions</c>: every field names a list (<c>communicationItems/value</c>) and an
    /// entity matches when one element of that list satisfies the whole expression.
    /// </summary>
    public static Func<JsonObject, bool> CompileChild(ConditionNode node, ResourceSchema schema)
    {
        var roots = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        CollectRoots(node, roots);
        if (roots.Count != 1)
        {
            throw CwErrors.Condition("childConditions must refer to the members of one collection, e.g. communicationItems/value.");
        }

        var rootName = roots.First();
        var list = schema.FindTop(rootName);
        if (list is not { Kind: FieldKind.List, Element: not null })
        {
            throw CwErrors.UnknownConditionField(FirstField(node));
        }

        var element = Compile(StripRoot(node, rootName.Length + 1), list.Element);
        return ElementsMatch(list.Name, element);
    }

    /// <summary>Compiles <c>customFieldConditions</c> (<c>caption="X" and value != null</c>) over <c>customFields</c>.</summary>
    public static Func<JsonObject, bool> CompileCustomFields(ConditionNode node, ResourceSchema schema)
    {
        if (schema.FindTop("customFields") is not { Element: not null } list)
        {
            throw CwErrors.Condition($"{schema.TypeName} has no custom fields.");
        }

        return ElementsMatch(list.Name, Compile(node, list.Element));
    }

    private static Func<JsonObject, bool> CompileComparison(ComparisonNode comparison, ResourceSchema schema)
    {
        if (!schema.TryResolve(comparison.Field, out var field))
        {
            throw CwErrors.UnknownConditionField(comparison.Field);
        }

        var test = ValueTests.Create(field, comparison.Operator, comparison.Values);
        var segments = field.Segments;
        if (segments.Length == 1)
        {
            var name = segments[0];
            return e => test(e.TryGetPropertyValue(name, out var value) ? value : null);
        }

        return e => test(JsonValues.Navigate(e, segments));
    }

    private static Func<JsonObject, bool> ElementsMatch(string listName, Func<JsonObject, bool> element) => e =>
    {
        if (!e.TryGetPropertyValue(listName, out var node) || node is not JsonArray items)
        {
            return false;
        }

        foreach (var item in items)
        {
            if (item is JsonObject obj && element(obj))
            {
                return true;
            }
        }

        return false;
    };

    private static void CollectRoots(ConditionNode node, HashSet<string> roots)
    {
        switch (node)
        {
            case AndNode and:
                CollectRoots(and.Left, roots);
                CollectRoots(and.Right, roots);
                break;
            case OrNode or:
                CollectRoots(or.Left, roots);
                CollectRoots(or.Right, roots);
                break;
            case ComparisonNode comparison:
                var slash = comparison.Field.IndexOf('/', StringComparison.Ordinal);
                if (slash <= 0)
                {
                    throw CwErrors.UnknownConditionField(comparison.Field);
                }

                roots.Add(comparison.Field[..slash]);
                break;
        }
    }

    private static ConditionNode StripRoot(ConditionNode node, int prefixLength) => node switch
    {
        AndNode and => new AndNode(StripRoot(and.Left, prefixLength), StripRoot(and.Right, prefixLength)),
        OrNode or => new OrNode(StripRoot(or.Left, prefixLength), StripRoot(or.Right, prefixLength)),
        ComparisonNode c => c with { Field = c.Field[prefixLength..] },
        _ => node,
    };

    private static string FirstField(ConditionNode node) => node switch
    {
        AndNode and => FirstField(and.Left),
        OrNode or => FirstField(or.Left),
        ComparisonNode c => c.Field,
        _ => string.Empty,
    };
}
