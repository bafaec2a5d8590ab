namespace Bridge.Sandbox.Conditions;

internal enum ComparisonOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Contains,
    NotContains,
    Like,
    NotLike,
    In,
    NotIn,
}

internal enum LiteralKind
{
    Text,
    Number,
    Boolean,
    DateTime,
    Null,
}

/// <summary>A literal from a conditions string, already converted to its typed value.</summary>
internal sealed record ConditionLiteral(LiteralKind Kind, string Raw, decimal Number = 0, bool Flag = false, DateTimeOffset Date = default)
{
    public string KindName => Kind switch
    {
        LiteralKind.Text => "string",
        LiteralKind.Number => "numeric",
        LiteralKind.Boolean => "boolean",
        LiteralKind.DateTime => "datetime",
        _ => "null",
    };
}

/// <summary>The syntax tree of a conditions string.</summary>
internal abstract record ConditionNode;

internal sealed record AndNode(ConditionNode Left, ConditionNode Right) : ConditionNode;

internal sealed record OrNode(ConditionNode Left, ConditionNode Right) : ConditionNode;

/// <summary><c>field op value</c>; <see cref="Values"/> holds one literal, or the list of an <c>in</c>.</summary>
internal sealed record ComparisonNode(string Field, ComparisonOperator Operator, IReadOnlyList<ConditionLiteral> Values) : ConditionNode;
