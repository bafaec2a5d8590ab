using System.Text.Json.Nodes;
using Bridge.Sandbox.Data;

namespace Bridge.Sandbox.Conditions;

/// <summary>The combined filter of a list request: conditions, childConditions and customFieldConditions.</summary>
internal static class ConditionFilter
{
    /// <summary>Returns null when nothing filters; throws 400 for bad syntax, unknown fields or types.</summary>
    public static Func<JsonObject, bool>? Create(ResourceSchema schema, string? conditions, string? childConditions = null, string? customFieldConditions = null)
    {
        var parts = new List<Func<JsonObject, bool>>(3);
        if (ConditionParser.Parse(conditions) is { } main)
        {
            parts.Add(ConditionCompiler.Compile(main, schema));
        }

        if (ConditionParser.Parse(childConditions) is { } child)
        {
            parts.Add(ConditionCompiler.CompileChild(child, schema));
        }

        if (ConditionParser.Parse(customFieldConditions) is { } custom)
        {
            parts.Add(ConditionCompiler.CompileCustomFields(custom, schema));
        }

        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => e => parts.TrueForAll(p => p(e)),
        };
    }
}
