using System.Text.Json.Nodes;
using Bridge.Sandbox.Data;

namespace Bridge.Sandbox.Conditions;

/// <summary>
/// Builds the test of one comparison against a field value, after checking the literal fits the field.
/// A missing or null value satisfies only <c>= null</c>, as a SQL <c>NULL</c> would.
/// </summary>
internal static class ValueTests
{
    private const string QuotingHint =
        "String values should be enclosed with double or single quotes; DateTime values should be enclosed in square brackets.";

    public static Func<JsonNode?, bool> Create(SchemaField field, ComparisonOperator op, IReadOnlyList<ConditionLiteral> literals)
    {
        if (literals.Count == 1 && literals[0].Kind == LiteralKind.Null)
        {
            return op switch
            {
                ComparisonOperator.Equal => IsNull,
                ComparisonOperator.NotEqual => n => !IsNull(n),
                _ => throw CwErrors.Condition($"The value null can only be compared with = or != ({field.Path})."),
            };
        }

        if (!field.IsScalar)
        {
            throw CwErrors.Condition(
                $"{field.Path} cannot be compared to a value; compare one of its members instead, e.g. {field.Path}/id.");
        }

        var expected = Expected(field.Kind);
        foreach (var literal in literals)
        {
            if (literal.Kind != expected)
            {
                throw CwErrors.Condition($"Expected a {Name(expected)} value, not a {literal.KindName}. {QuotingHint}");
            }
        }

        if (op is ComparisonOperator.Like or ComparisonOperator.NotLike or ComparisonOperator.Contains or ComparisonOperator.NotContains
            && field.Kind != FieldKind.Text)
        {
            throw CwErrors.Condition($"The operator '{Describe(op)}' can only be used with string fields; {field.Path} is not a string.");
        }

        if (field.Kind == FieldKind.Flag && op is not (ComparisonOperator.Equal or ComparisonOperator.NotEqual
            or ComparisonOperator.In or ComparisonOperator.NotIn))
        {
            throw CwErrors.Condition($"The operator '{Describe(op)}' cannot be used with the boolean field {field.Path}.");
        }

        var compare = Comparer(field.Kind);
        var first = literals[0];
        return op switch
        {
            ComparisonOperator.Equal => n => compare(n, first) == 0,
            ComparisonOperator.NotEqual => n => compare(n, first) is { } r && r != 0,
            ComparisonOperator.Less => n => compare(n, first) < 0,
            ComparisonOperator.LessOrEqual => n => compare(n, first) <= 0,
            ComparisonOperator.Greater => n => compare(n, first) > 0,
            ComparisonOperator.GreaterOrEqual => n => compare(n, first) >= 0,
            ComparisonOperator.In => n => AnyEqual(n, literals, compare),
            ComparisonOperator.NotIn => n => !IsNull(n) && !AnyEqual(n, literals, compare),
            ComparisonOperator.Contains => n => Text(n) is { } s && s.Contains(first.Raw, StringComparison.OrdinalIgnoreCase),
            ComparisonOperator.NotContains => n => Text(n) is { } s && !s.Contains(first.Raw, StringComparison.OrdinalIgnoreCase),
            ComparisonOperator.Like => n => Text(n) is { } s && WildcardMatcher.IsMatch(s, first.Raw),
            ComparisonOperator.NotLike => n => Text(n) is { } s && !WildcardMatcher.IsMatch(s, first.Raw),
            _ => throw new ArgumentOutOfRangeException(nameof(op)),
        };
    }

    private static Func<JsonNode?, ConditionLiteral, int?> Comparer(FieldKind kind) => kind switch
    {
        FieldKind.Integer or FieldKind.Number => (n, l) => JsonValues.TryGetDecimal(n, out var d) ? d.CompareTo(l.Number) : null,
        FieldKind.Flag => (n, l) => JsonValues.GetBool(n) is { } b ? (b == l.Flag ? 0 : 1) : null,
        FieldKind.Date => (n, l) => ParseDate(n) is { } d ? d.CompareTo(l.Date) : null,
        _ => (n, l) => Text(n) is { } s ? string.Compare(s, l.Raw, StringComparison.OrdinalIgnoreCase) : null,
    };

    private static bool AnyEqual(JsonNode? node, IReadOnlyList<ConditionLiteral> literals, Func<JsonNode?, ConditionLiteral, int?> compare)
    {
        foreach (var literal in literals)
        {
            if (compare(node, literal) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNull(JsonNode? node) => node is null;

    private static string? Text(JsonNode? node) => JsonValues.AsText(node);

    private static DateTimeOffset? ParseDate(JsonNode? node) =>
        JsonValues.GetString(node) is { } s && CwDates.TryParseLenient(s, out var d) ? d : null;

    private static LiteralKind Expected(FieldKind kind) => kind switch
    {
        FieldKind.Integer or FieldKind.Number => LiteralKind.Number,
        FieldKind.Flag => LiteralKind.Boolean,
        FieldKind.Date => LiteralKind.DateTime,
        _ => LiteralKind.Text,
    };

    private static string Name(LiteralKind kind) => kind switch
    {
        LiteralKind.Number => "numeric",
        LiteralKind.Boolean => "boolean",
        LiteralKind.DateTime => "datetime",
        _ => "string",
    };

    private static string Describe(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Greater => ">",
        ComparisonOperator.GreaterOrEqual => ">=",
        ComparisonOperator.Contains => "contains",
        ComparisonOperator.NotContains => "not contains",
        ComparisonOperator.Like => "like",
        ComparisonOperator.NotLike => "not like",
        _ => op.ToString(),
    };
}
